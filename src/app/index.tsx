import type { AppConfig } from '../shared/config.ts';

interface Props {
  config: AppConfig;
}

/** The installed app: sign-in, tenant choice and the start page. */
export default function App({ config }: Props) {
  return (
    <main class="sign-in-screen">
      <h1>Mobile CRM</h1>
      <p>Sign-in service: {config.identity.authority}</p>
    </main>
  );
}
