import { Heading } from '../components/ui.js';
import { useTitle } from '../hooks.js';
import { Link } from '../router.js';

export function NotFound() {
  useTitle('Not found');
  return (
    <div className="not-found">
      <Heading>Page not found</Heading>
      <p className="lede">There is nothing at this address. It may have been mistyped, or the page has moved.</p>
      <p>
        <Link to="/" className="button primary">
          Back to the start
        </Link>
      </p>
      <p>Or go straight to:</p>
      <ul className="journey-links">
        <li>
          <Link to="/ladders">the ladders</Link>
        </li>
        <li>
          <Link to="/paths">career paths</Link>
        </li>
        <li>
          <Link to="/normalize">the title normalizer</Link>
        </li>
        <li>
          <Link to="/org">the org audit</Link>
        </li>
      </ul>
      <p className="muted">
        Looking for a role? Press <kbd>/</kbd> and type its title.
      </p>
    </div>
  );
}
