import { Suspense, useMemo, useRef } from 'react';
import { Provider, useQuery } from 'urql';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { createClient } from './client';
import { LangProvider, useLang } from './i18n';
import { Layout } from './layout';
import { MeQuery } from './me';
import { AccountScreen } from './screens/account';
import { LogInScreen } from './screens/log-in';
import { SignUpScreen } from './screens/sign-up';
import { screens } from './screens/registry';

/** The app: its language, its API client, and the owner's screens once a session answers `me`. */
export function App() {
  return (
    <LangProvider>
      <Router base="/app">
        <WithClient />
      </Router>
    </LangProvider>
  );
}

function WithClient() {
  const { lang } = useLang();
  const langRef = useRef(lang);
  langRef.current = lang;
  const [, navigate] = useLocation();
  const client = useMemo(() => createClient(() => langRef.current, () => navigate('/login')), [navigate]);
  return (
    <Provider value={client}>
      <Routes />
    </Provider>
  );
}

function Routes() {
  const [location] = useLocation();
  const outside = location === '/login' || location === '/signup';
  const [me] = useQuery({ query: MeQuery, pause: outside });
  if (outside) {
    return (
      <Switch>
        <Route path="/login" component={LogInScreen} />
        <Route path="/signup" component={SignUpScreen} />
      </Switch>
    );
  }
  // The screen's own queries start beside `me`, not after it: a signed-out owner is sent to the
  // log-in page by whichever answer comes first.
  if (!me.data && me.error) return <Redirect to="/login" />;
  return (
    <Layout owner={me.data?.me ?? null}>
      <Suspense fallback={<p className="loading" aria-busy="true">…</p>}>
      <Switch>
        {screens.map((screen) => (
          <Route key={screen.path} path={screen.path} component={screen.component} nest={screen.nest} />
        ))}
        <Route path="/account" component={AccountScreen} />
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
      </Suspense>
    </Layout>
  );
}
