import { Navigate, Route, Routes } from 'react-router';
import { MySipsPage } from './MySipsPage.js';

/**
 * Every page of the individual's side, one line each. The paths are whole (`/mina/…`), as the links to them are.
 */
export function MinaRoutes() {
  return (
    <Routes>
      <Route path="/mina" element={<MySipsPage />} />
      <Route path="*" element={<Navigate to="/mina" replace />} />
    </Routes>
  );
}
