import { Layout } from './layout.tsx';

/** The page for a 4xx or 5xx. */
export function ErrorPage({ status, message }: { status: number; message: string }) {
  const title = status === 404 ? 'Not found' : status < 500 ? 'That did not work' : 'Error';
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{message.replace(/^web: /, '')}</p>
      <p>
        <a href="/">Back to the top stories</a> · <a href="/search">Search</a>
      </p>
    </Layout>
  );
}
