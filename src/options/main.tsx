import { render } from 'preact';

render(<main>Postcoach</main>, document.getElementById('app')!);
