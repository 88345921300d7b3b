import { createContext, useContext } from 'react';

export interface CasePageEvents {
  /** Says what just succeeded in the page's status line. */
  notify: (message: string) => void;
  /** The acting unit no longer takes part (it declined or passed on its invitation): the case is gone from view. */
  leave: (message: string) => void;
}

export const CasePageContext = createContext<CasePageEvents>({
  notify: () => undefined,
  leave: () => undefined,
});

export function useCasePage() {
  return useContext(CasePageContext);
}
