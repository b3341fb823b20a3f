import { useState, type FormEvent } from 'react';
import { search } from '../api.js';
import { suggestionPath } from '../components/SiteSearch.js';
import { Heading } from '../components/ui.js';
import { useTitle } from '../hooks.js';
import { Link, navigate } from '../router.js';

/**
 * The first page: what the product does, in two sentences, and the three journeys it serves —
 * a person's career, a company's product org, an analyst's titles — each with a way to start.
 */
export function Home() {
  useTitle('');
  return (
    <div className="home">
      <Heading>One map of product roles, every fact sourced</Heading>
      <p className="lede">
        Product Ladder lays out every product role from intern to Chief Product Officer: what each does, the skills it needs,
        whom it reports to, what it pays and what it takes to move up. It shows a person where they stand and what comes next,
        lets a company audit or design its product organisation, and lets an analyst map any job title onto the ladder.
      </p>
      <div className="journeys">
        <section className="journey" aria-labelledby="j-person">
          <h2 id="j-person">For you: where am I, what is next</h2>
          <p>Find your role by the title on your contract, then see the next roles, the paths to your goal and how ready you are.</p>
          <StartWithTitle />
          <ul className="journey-links">
            <li>
              <Link to="/assess">Take the self-assessment</Link>
            </li>
            <li>
              <Link to="/paths">Plan a career path</Link>
            </li>
            <li>
              <Link to="/ladders">Browse the ladders</Link>
            </li>
          </ul>
        </section>
        <section className="journey" aria-labelledby="j-company">
          <h2 id="j-company">For a company: your product org</h2>
          <p>Upload a roster to find spans, layers, reporting loops and titles that do not match the level, or sketch a structure from a few numbers.</p>
          <p>
            <Link to="/org" className="button primary">
              Audit a roster
            </Link>
          </p>
          <ul className="journey-links">
            <li>
              <Link to="/org/design">Design an org from scratch</Link>
            </li>
            <li>
              <Link to="/compare?a=senior-product-manager&b=group-product-manager">Compare two roles</Link>
            </li>
          </ul>
        </section>
        <section className="journey" aria-labelledby="j-analyst">
          <h2 id="j-analyst">For an analyst: titles onto the ladder</h2>
          <p>Paste raw job titles or upload a spreadsheet; each comes back with its family, role, band and track, and the words that decided it.</p>
          <p>
            <Link to="/normalize" className="button primary">
              Normalize titles
            </Link>
          </p>
          <ul className="journey-links">
            <li>
              <Link to="/normalize?title=Sr.%20PM%2C%20Growth%20%E2%80%93%20Remote">Try “Sr. PM, Growth – Remote”</Link>
            </li>
          </ul>
        </section>
      </div>
      <p className="muted small">
        Press <kbd>/</kbd> anywhere to search roles, their other names, families or any job title.
      </p>
    </div>
  );
}

/** The person's journey starts from their own title: read as a role, then that role's page. */
function StartWithTitle() {
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const q = title.trim();
    if (!q) return setMessage('Type your job title first.');
    setMessage('Looking it up…');
    try {
      const { suggestions } = await search(q);
      const best = suggestions.find((s) => s.target === 'role') ?? suggestions[0];
      if (!best) return setMessage(`“${q}” does not read as a product role. Try the ladders below.`);
      navigate(suggestionPath(best));
    } catch (err) {
      setMessage((err as Error).message);
    }
  };
  return (
    <form className="start-title" onSubmit={submit}>
      <label htmlFor="home-title">Your job title</label>
      <div className="inline-field">
        <input id="home-title" type="text" value={title} placeholder="e.g. Sr. PM, Payments" autoComplete="organization-title" onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className="primary">
          Find my role
        </button>
      </div>
      <p className="small muted" role="status">
        {message}
      </p>
    </form>
  );
}
