import { Layout } from './layout.tsx';

/** The page for a 4xx or 5xx. */
export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Layout title={status === 404 ? 'Not found' : 'Error'}>
      <h1>{status === 404 ? 'Not found' : `Error ${status}`}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Back to the top stories</a>
      </p>
    </Layout>
  );
}
