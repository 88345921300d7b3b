import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { sipIdParams } from '../../../shared/api/requests.js';
import type { ChildView } from '../../../shared/api/personSide.js';
import { personRoutes as routes } from '../../../shared/api/personRoutes.js';
import type { RouteModule } from '../../context.js';
import { childPictureOf, childViewOf, saveChildView } from '../../data/childViews.js';
import { sendProblem } from '../../problem.js';
import { runPersonWrite } from '../../sips/personCommand.js';
import { answerChildPicture } from '../childPictureAnswer.js';
import { readPicture } from './childPicture.js';
import { doingOf, ownWordsReader, personRead } from './personRead.js';

const tags = ['person'];

/** Where the picture's own bytes are read; outside the typed table, as it answers an image and not JSON. */
const picturePath = `${routes.childView.path}/picture`;

/** The picture in base64 is a third larger than its bytes; the request may carry that and a little more. */
const pictureBodyLimit = 3 * 1024 * 1024;

async function childViewAsRead(db: Kysely<DB>, sipId: string): Promise<ChildView> {
  const row = await childViewOf(db, sipId);
  return {
    good: row?.good ?? '',
    hard: row?.hard ?? '',
    wishes: row?.wishes ?? '',
    pictureUrl: row?.hasPicture ? picturePath.replace(':id', sipId) : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    confirmed: row?.confirmedAt != null,
  };
}

/** The child's voice before the meeting: what is good, what is hard, what they wish for, and a picture. */
export const personChildViewRoutes: RouteModule = (app, { database: { db } }) => {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    routes.childView.path,
    {
      // Read in any phase by those who write it; writing is refused once the SIP ends.
      config: { access: 'person', policy: 'person:seeCase' },
      schema: { tags, params: routes.childView.params, response: routes.childView.responses },
    },
    (request) =>
      personRead(db, request, 'seeCase', (trx, standing) => {
        ownWordsReader(standing, { childToo: true });
        return childViewAsRead(trx, standing.sipId);
      }),
  );

  api.put(
    routes.saveChildView.path,
    {
      config: { access: 'person', policy: 'person:writeChildView' },
      schema: {
        tags,
        params: routes.saveChildView.params,
        body: routes.saveChildView.body,
        response: routes.saveChildView.responses,
      },
    },
    (request) => {
      const doing = doingOf(request);
      return runPersonWrite(db, doing, request.params.id, 'writeChildView', async ({ trx, sip }) => {
        await saveChildView(trx, sip.id, doing.person.identityId, request.body);
        return childViewAsRead(trx, sip.id);
      });
    },
  );

  api.put(
    routes.saveChildPicture.path,
    {
      config: { access: 'person', policy: 'person:writeChildView' },
      bodyLimit: pictureBodyLimit,
      schema: {
        tags,
        params: routes.saveChildPicture.params,
        body: routes.saveChildPicture.body,
        response: routes.saveChildPicture.responses,
      },
    },
    async (request, reply) => {
      // Read and checked before the case is touched: a picture refused stores nothing.
      const picture = await readPicture(request.body.base64);
      if (!picture.ok) return sendProblem(request, reply, picture.status, picture.code, picture.text);
      const doing = doingOf(request);
      return runPersonWrite(db, doing, request.params.id, 'writeChildView', async ({ trx, sip }) => {
        await saveChildView(trx, sip.id, doing.person.identityId, {
          picture: picture.bytes,
          pictureType: picture.type,
        });
        return childViewAsRead(trx, sip.id);
      });
    },
  );

  api.post(
    routes.removeChildPicture.path,
    {
      config: { access: 'person', policy: 'person:writeChildView' },
      schema: {
        tags,
        params: routes.removeChildPicture.params,
        response: routes.removeChildPicture.responses,
      },
    },
    (request) => {
      const doing = doingOf(request);
      return runPersonWrite(db, doing, request.params.id, 'writeChildView', async ({ trx, sip }) => {
        await saveChildView(trx, sip.id, doing.person.identityId, { picture: null, pictureType: null });
        return childViewAsRead(trx, sip.id);
      });
    },
  );

  api.get(
    picturePath,
    {
      config: { access: 'person', policy: 'person:seeCase' },
      // An image, not JSON: described nowhere in the API description, read by the page's <img>.
      schema: { hide: true, params: sipIdParams },
    },
    async (request, reply) => {
      const picture = await personRead(db, request, 'seeCase', (trx, standing) => {
        ownWordsReader(standing, { childToo: true });
        return childPictureOf(trx, standing.sipId);
      });
      return answerChildPicture(reply, picture);
    },
  );
};
