import { idParamSchema } from '../../../shared/contracts/common';
import {
  serviceCatalogueQuerySchema,
  serviceCatalogueSchema,
  serviceDirectionFieldsSchema,
  serviceDirectionSchema,
  serviceTypeFieldsSchema,
  serviceTypeSchema,
} from '../../../shared/contracts/journal';
import { actorOf } from '../../platform/audit/audit';
import { forbidden, notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { findDirection, findServiceType, listCatalogue } from './catalogue.repository';
import {
  createDirection,
  createServiceType,
  setDirectionActive,
  setServiceTypeActive,
  updateDirection,
  updateServiceType,
} from './catalogue.service';

const tags = ['service catalogue'];
/** Who maintains the catalogue; every signed-in staff role reads it. */
export const CATALOGUE_EDITORS = ['national', 'admin'] as const;

/** The service catalogue: directions and service types, read by all staff, kept by national users. */
export function catalogueRoutes(app: App, { db }: AppDeps) {
  const direction = async (id: number) => {
    const found = await findDirection(db, id);
    if (!found) throw notFound();
    return found;
  };
  const serviceType = async (id: number) => {
    const found = await findServiceType(db, id);
    if (!found) throw notFound();
    return found;
  };

  app.get(
    '/api/v1/service-directions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Directions with their service types in display order; inactive ones for national and admin',
        querystring: serviceCatalogueQuerySchema,
        response: { 200: serviceCatalogueSchema },
      },
    },
    async (request) => {
      const { includeInactive } = request.query;
      if (includeInactive && !(CATALOGUE_EDITORS as readonly string[]).includes(request.user!.role))
        throw forbidden();
      return listCatalogue(db, includeInactive);
    },
  );

  app.post(
    '/api/v1/service-directions',
    {
      config: { access: CATALOGUE_EDITORS },
      schema: {
        tags,
        summary: 'Add a direction',
        body: serviceDirectionFieldsSchema,
        response: { 201: serviceDirectionSchema },
      },
    },
    async (request, reply) => {
      const id = await createDirection(db, request.body, actorOf(request.user!, request.id));
      return reply.status(201).send(await direction(id));
    },
  );

  app.put(
    '/api/v1/service-directions/:id',
    {
      config: { access: CATALOGUE_EDITORS },
      schema: {
        tags,
        summary: 'Change a direction’s code, names and order',
        params: idParamSchema,
        body: serviceDirectionFieldsSchema,
        response: { 200: serviceDirectionSchema },
      },
    },
    async (request) => {
      await updateDirection(db, request.params.id, request.body, actorOf(request.user!, request.id));
      return direction(request.params.id);
    },
  );

  app.post(
    '/api/v1/service-types',
    {
      config: { access: CATALOGUE_EDITORS },
      schema: {
        tags,
        summary: 'Add a service type under a direction',
        body: serviceTypeFieldsSchema,
        response: { 201: serviceTypeSchema },
      },
    },
    async (request, reply) => {
      const id = await createServiceType(db, request.body, actorOf(request.user!, request.id));
      return reply.status(201).send(await serviceType(id));
    },
  );

  app.put(
    '/api/v1/service-types/:id',
    {
      config: { access: CATALOGUE_EDITORS },
      schema: {
        tags,
        summary: 'Change a service type: direction, code, names, flags and order',
        params: idParamSchema,
        body: serviceTypeFieldsSchema,
        response: { 200: serviceTypeSchema },
      },
    },
    async (request) => {
      await updateServiceType(db, request.params.id, request.body, actorOf(request.user!, request.id));
      return serviceType(request.params.id);
    },
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/v1/service-directions/:id/${action}`,
      {
        config: { access: CATALOGUE_EDITORS },
        schema: {
          tags,
          summary: active
            ? 'Offer a deactivated direction again'
            : 'Stop offering a direction (hidden with its types; never deleted)',
          params: idParamSchema,
          response: { 200: serviceDirectionSchema },
        },
      },
      async (request) => {
        await setDirectionActive(db, request.params.id, active, actorOf(request.user!, request.id));
        return direction(request.params.id);
      },
    );
    app.post(
      `/api/v1/service-types/:id/${action}`,
      {
        config: { access: CATALOGUE_EDITORS },
        schema: {
          tags,
          summary: active
            ? 'Offer a deactivated service type again'
            : 'Stop offering a service type (past records keep it; never deleted)',
          params: idParamSchema,
          response: { 200: serviceTypeSchema },
        },
      },
      async (request) => {
        await setServiceTypeActive(db, request.params.id, active, actorOf(request.user!, request.id));
        return serviceType(request.params.id);
      },
    );
  }
}
