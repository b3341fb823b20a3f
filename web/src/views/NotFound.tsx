import { Heading } from '../components/ui.js';
import { useTitle } from '../hooks.js';
import { Link } from '../router.js';

export function NotFound() {
  useTitle('Not found');
  return (
    <>
      <Heading>Page not found</Heading>
      <p>
        There is nothing at this address. Start from the <Link to="/">ladders</Link>.
      </p>
    </>
  );
}
