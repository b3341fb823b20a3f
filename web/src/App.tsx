import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession } from './auth.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { SiteSearch } from './components/SiteSearch.js';
import { focusOnNextHeading, Loading } from './components/ui.js';
import { Link, useLocation } from './router.js';
import { Home } from './views/Home.js';
import { LadderView } from './views/Ladder.js';
import { NotFound } from './views/NotFound.js';
import { RoleViewPage } from './views/Role.js';
import { SignIn } from './views/SignIn.js';

// Heavier views load on demand, keeping the first load small.
const CompareView = lazy(() => import('./views/Compare.js'));
const PathsView = lazy(() => import('./views/Paths.js'));
const NormalizeView = lazy(() => import('./views/Normalize.js'));
const AssessView = lazy(() => import('./views/Assess.js'));
const OrgView = lazy(() => import('./views/Org.js'));
const DesignView = lazy(() => import('./views/Design.js'));

const NAV: { to: string; label: string; match: RegExp }[] = [
  { to: '/ladders', label: 'Ladders', match: /^\/(ladders|roles)/ },
  { to: '/compare', label: 'Compare', match: /^\/compare/ },
  { to: '/paths', label: 'Career paths', match: /^\/paths/ },
  { to: '/normalize', label: 'Title normalizer', match: /^\/normalize/ },
  { to: '/assess', label: 'Self-assessment', match: /^\/assess/ },
  { to: '/org', label: 'Org audit', match: /^\/org\/?$/ },
  { to: '/org/design', label: 'Org design', match: /^\/org\/design/ },
];

function route(pathname: string): ReactNode {
  let m: RegExpMatchArray | null;
  if (pathname === '/' || pathname === '') return <Home />;
  if (/^\/ladders\/?$/.test(pathname)) return <LadderView family={null} />;
  if ((m = pathname.match(/^\/ladders\/([^/]+)\/?$/))) return <LadderView family={decodeURIComponent(m[1]!)} />;
  if ((m = pathname.match(/^\/roles\/([^/]+)\/?$/))) return <RoleViewPage id={decodeURIComponent(m[1]!)} />;
  if (/^\/compare\/?$/.test(pathname)) return <CompareView />;
  if (/^\/paths\/?$/.test(pathname)) return <PathsView />;
  if (/^\/normalize\/?$/.test(pathname)) return <NormalizeView />;
  if (/^\/assess\/?$/.test(pathname)) return <AssessView />;
  if (/^\/org\/design\/?$/.test(pathname)) return <DesignView />;
  if (/^\/org\/?$/.test(pathname)) return <OrgView />;
  if (/^\/sign-in\/?$/.test(pathname)) return <SignIn />;
  return <NotFound />;
}

export function App() {
  const { pathname } = useLocation();
  const session = useSession();
  const previous = useRef(pathname);
  // On a phone the main menu is folded behind a button; it folds again after each navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    setMenuOpen(false);
    // A client-side navigation: start at the top and move focus to the new view's heading.
    focusOnNextHeading.pending = true;
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label="Product Ladder, home">
          <svg viewBox="0 0 16 16" width="22" height="22" aria-hidden="true">
            <path d="M4 1v14M12 1v14M4 4h8M4 8h8M4 12h8" stroke="currentColor" strokeWidth="2" fill="none" />
          </svg>
          <span>Product Ladder</span>
        </Link>
        <SiteSearch />
        <button type="button" className="menu-toggle secondary" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((o) => !o)}>
          Menu
        </button>
        <nav aria-label="Main" id="main-nav" className={menuOpen ? 'open' : undefined}>
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to} aria-current={n.match.test(pathname) ? 'page' : undefined}>
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="session">
          {session ? (
            <Link to="/sign-in" title="Workspace">
              <span className="visually-hidden">Signed in to </span>
              {session.name}
            </Link>
          ) : (
            <Link to="/sign-in">Sign in</Link>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<Loading label="Loading view…" />}>{route(pathname)}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="foot">
        <p>
          Product Ladder · the framework, its sources and the API at <a href="/api/v1/families">/api/v1</a>
        </p>
      </footer>
    </>
  );
}
