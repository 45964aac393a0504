import { idParamSchema } from '../../../../shared/contracts/common';
import {
  activityTemplateFieldsSchema,
  activityTemplateListSchema,
  activityTemplateSchema,
} from '../../../../shared/contracts/plans';
import { COUNTRY_ROLES, STAFF_ROLES } from '../../../platform/auth/access';
import type { App, AppDeps } from '../../../platform/http/types';
import { listActivityTemplates } from './activities.repository';
import { createActivityTemplate, updateActivityTemplate } from './activities.service';

const tags = ['plans'];

/** The methodological activity library: staff read it, national users and admins maintain it. */
export function activityTemplateRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/activity-templates',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'The activity library (inactive templates included, flagged)',
        response: { 200: activityTemplateListSchema },
      },
    },
    async () => ({ items: await listActivityTemplates(db) }),
  );

  app.post(
    '/api/v1/activity-templates',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Add a template to the activity library',
        body: activityTemplateFieldsSchema,
        response: { 201: activityTemplateSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createActivityTemplate(db, { user: request.user!, requestId: request.id }, request.body)),
  );

  app.put(
    '/api/v1/activity-templates/:id',
    {
      config: { access: COUNTRY_ROLES },
      schema: {
        tags,
        summary: 'Change a template of the activity library (deactivate with isActive false)',
        params: idParamSchema,
        body: activityTemplateFieldsSchema,
        response: { 200: activityTemplateSchema },
      },
    },
    (request) =>
      updateActivityTemplate(
        db,
        { user: request.user!, requestId: request.id },
        request.params.id,
        request.body,
      ),
  );
}
