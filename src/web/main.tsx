import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import './styles.css';
import { App } from './App.js';
import { worthRetrying } from './api/client.js';
import { signOutOnLostSession } from './api/session.js';
import './i18n/index.js';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => onLostSession(error) }),
  mutationCache: new MutationCache({ onError: (error) => onLostSession(error) }),
  defaultOptions: {
    queries: { retry: worthRetrying },
  },
});

const onLostSession = signOutOnLostSession(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
