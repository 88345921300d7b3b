// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../api/types.js';
import { answerRequests, renderWeb } from '../../../testing/render.js';
import { PrintToolbar } from './PrintToolbar.js';

const sipId = '0190a0b0-0000-7000-8000-0000000000a1';
const unitId = '0190a0b0-0000-7000-8000-0000000000b2';
const me: Me = {
  id: '0190a0b0-0000-7000-8000-0000000000c3',
  username: 'lena',
  displayName: 'Lena Lind',
  locale: 'sv',
  activeUnitId: unitId,
  units: [
    {
      unitId,
      unitName: 'Vårdcentralen Norr',
      organisationId: '0190a0b0-0000-7000-8000-0000000000d4',
      organisationName: 'Regionen',
      organisationKind: 'region',
      role: 'staff',
      allowedActions: [],
    },
  ],
  showFirstGuide: false,
};

describe('the print view’s toolbar', () => {
  it('offers the established version as a PDF: the individual’s copy and this unit’s, as plain downloads', async () => {
    answerRequests(() => ({ status: 200, body: me }));
    renderWeb(<PrintToolbar sipId={sipId} version={2} />);

    const person = screen.getByRole('link', { name: 'Ladda ner PDF – den enskildes exemplar av version 2' });
    expect(person.getAttribute('href')).toBe(`/api/sips/${sipId}/plan/versions/2/pdf?copy=person`);
    expect(person.hasAttribute('download')).toBe(true);
    const unit = await screen.findByRole('link', {
      name: 'Ladda ner PDF – exemplar för Vårdcentralen Norr, version 2',
    });
    expect(unit.getAttribute('href')).toBe(
      `/api/sips/${sipId}/plan/versions/2/pdf?copy=unit&unitId=${unitId}`,
    );
    expect(unit.hasAttribute('download')).toBe(true);
  });

  it('offers no PDF while nothing is established', () => {
    answerRequests(() => ({ status: 200, body: me }));
    renderWeb(<PrintToolbar sipId={sipId} version={null} />);
    expect(screen.queryByRole('link', { name: /PDF/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeDefined();
  });
});
