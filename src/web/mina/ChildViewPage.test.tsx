// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { childPictureMaxBytes, type ChildView } from '../../shared/api/personSide.js';
import { overviewAnswer, sipId } from '../testing/personAnswer.js';
import { answerRequests, renderWeb, type SentRequest } from '../testing/render.js';
import { ChildViewPart } from './ChildViewPage.js';

const address = `/api/person/sips/${sipId}/child-view`;
const pictureUrl = `${address}/picture`;

const written: ChildView = {
  good: 'Fotboll med Ali',
  hard: '',
  wishes: '',
  pictureUrl: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  confirmed: false,
};

/** The server as the page meets it: the view as stored, a text or picture kept as sent, a picture removed. */
function server(request: SentRequest) {
  if (request.method === 'PUT' && request.path === pictureUrl)
    return { status: 200, body: { ...written, pictureUrl, updatedAt: '2026-03-02T10:00:00.000Z' } };
  if (request.method === 'PUT') return { status: 200, body: Object.assign({}, written, request.body) };
  return { status: 200, body: written };
}

function fileInput(): HTMLInputElement {
  const input = screen.getByLabelText('Välj en bild eller teckning');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

/** A user who picks a file the input's `accept` does not offer, as "all files" in a file dialog lets them. */
const anyFile = () => userEvent.setup({ applyAccept: false });

describe('the child’s own page', () => {
  it('refuses a file that is no PNG or JPEG before sending anything, and says so in words', async () => {
    const sent = answerRequests(server);
    renderWeb(<ChildViewPart overview={overviewAnswer({ allowedActions: ['writeChildView'] })} />);
    await screen.findByText('Du har inte skickat någon bild än.');

    await anyFile().upload(fileInput(), new File(['%PDF-1.7'], 'teckning.pdf', { type: 'application/pdf' }));

    expect(screen.getByRole('alert').textContent).toBe(
      'Den filen går inte att skicka. Välj en bild som är PNG eller JPEG.',
    );
    expect(fileInput().getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('refuses a picture over 2 MB before sending it, naming its size', async () => {
    const sent = answerRequests(server);
    renderWeb(<ChildViewPart overview={overviewAnswer({ allowedActions: ['writeChildView'] })} />);
    await screen.findByText('Du har inte skickat någon bild än.');

    const big = new File([new Uint8Array(childPictureMaxBytes + 1)], 'foto.jpg', { type: 'image/jpeg' });
    await userEvent.upload(fileInput(), big);

    expect(screen.getByRole('alert').textContent).toBe(
      'Bilden är för stor (2,0 MB). Den får vara högst 2 MB. Välj en mindre bild.',
    );
    expect(sent.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('sends a picture of the right kind as base64, then shows it with its alt text and can remove it', async () => {
    const sent = answerRequests((request) =>
      request.path.endsWith('/picture/remove') ? { status: 200, body: written } : server(request),
    );
    renderWeb(<ChildViewPart overview={overviewAnswer({ allowedActions: ['writeChildView'] })} />);
    await screen.findByText('Du har inte skickat någon bild än.');

    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'sol.png', { type: 'image/png' });
    await userEvent.upload(fileInput(), png);

    const picture = await screen.findByAltText('Bilden du har skickat');
    expect(picture.getAttribute('src')).toBe(pictureUrl);
    expect(screen.getByText('Bilden är skickad.')).toBeTruthy();
    const upload = sent.find((request) => request.method === 'PUT');
    expect(upload?.path).toBe(pictureUrl);
    expect(upload?.body).toEqual({ base64: 'data:image/png;base64,iVBORw==' });

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort bilden' }));
    await screen.findByText('Bilden är borttagen.');
    expect(screen.queryByAltText('Bilden du har skickat')).toBeNull();
    expect(sent.at(-1)).toEqual({ method: 'POST', path: `${pictureUrl}/remove`, body: {} });
  });

  it('says the server’s refusal of a picture in words', async () => {
    answerRequests((request) =>
      request.method === 'PUT'
        ? {
            status: 400,
            body: { status: 400, code: 'picture_type', detail: 'Bilden måste vara PNG eller JPEG.' },
          }
        : server(request),
    );
    renderWeb(<ChildViewPart overview={overviewAnswer({ allowedActions: ['writeChildView'] })} />);
    await screen.findByText('Du har inte skickat någon bild än.');

    await userEvent.upload(fileInput(), new File(['not really'], 'sol.png', { type: 'image/png' }));

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Bilden måste vara PNG eller JPEG.'),
    );
    expect(screen.queryByAltText('Bilden du har skickat')).toBeNull();
  });

  it('saves the three answers as written and keeps what the server kept', async () => {
    const sent = answerRequests(server);
    renderWeb(<ChildViewPart overview={overviewAnswer({ allowedActions: ['writeChildView'] })} />);

    const hard = await screen.findByLabelText(/Det här är svårt/);
    expect(screen.getByDisplayValue('Fotboll med Ali')).toBe(screen.getByLabelText(/Det här är bra/));
    await userEvent.type(hard, 'Matten');
    await userEvent.type(screen.getByLabelText(/Det här önskar jag/), 'Mer tid ute');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));

    await screen.findByText('Sparat! Du kan ändra när du vill.');
    expect(sent.filter((request) => request.method === 'PUT')).toEqual([
      {
        method: 'PUT',
        path: address,
        body: { good: 'Fotboll med Ali', hard: 'Matten', wishes: 'Mer tid ute' },
      },
    ]);
  });
});
