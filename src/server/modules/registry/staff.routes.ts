import { z } from 'zod';
import { idParamSchema, pageOf } from '../../../shared/contracts/common';
import {
  historyEntrySchema,
  leaveSchema,
  staffInputSchema,
  staffMemberSchema,
  staffQuerySchema,
} from '../../../shared/contracts/registry';
import { REGISTRY_EDITORS, STAFF_ROLES } from '../../platform/auth/access';
import { notFound } from '../../platform/http/app-error';
import type { App, AppDeps } from '../../platform/http/types';
import { entityHistory } from '../audit';
import { findStaffInScope, listStaff } from './staff.repository';
import { createStaff, leaveStaff, updateStaff } from './staff.service';

const tags = ['registry'];

export function staffRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/staff',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Staff in the caller’s scope: search, filters, sorting, paging',
        querystring: staffQuerySchema,
        response: { 200: pageOf(staffMemberSchema) },
      },
    },
    async (request) => {
      const { query } = request;
      const page = await listStaff(db, request.user!.scope, query, { locale: request.locale });
      return { ...page, page: query.page, pageSize: query.pageSize };
    },
  );

  app.get(
    '/api/v1/staff/:id',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'One staff member',
        params: idParamSchema,
        response: { 200: staffMemberSchema },
      },
    },
    async (request) => {
      const member = await findStaffInScope(db, request.user!.scope, request.params.id);
      if (!member) throw notFound();
      return member;
    },
  );

  app.get(
    '/api/v1/staff/:id/history',
    {
      config: { access: STAFF_ROLES },
      schema: {
        tags,
        summary: 'Changes of a staff member, newest first, from the audit trail',
        params: idParamSchema,
        response: { 200: z.array(historyEntrySchema) },
      },
    },
    async (request) => {
      if (!(await findStaffInScope(db, request.user!.scope, request.params.id))) throw notFound();
      return entityHistory(db, 'staff', request.params.id);
    },
  );

  app.post(
    '/api/v1/staff',
    {
      config: { access: REGISTRY_EDITORS },
      schema: {
        tags,
        summary: 'Add a staff member',
        body: staffInputSchema,
        response: { 201: staffMemberSchema },
      },
    },
    async (request, reply) => {
      const member = await createStaff(db, { user: request.user!, requestId: request.id }, request.body);
      return reply.status(201).send(member);
    },
  );

  app.put(
    '/api/v1/staff/:id',
    {
      config: { access: REGISTRY_EDITORS },
      schema: {
        tags,
        summary: 'Edit a staff member',
        params: idParamSchema,
        body: staffInputSchema,
        response: { 200: staffMemberSchema },
      },
    },
    (request) =>
      updateStaff(db, { user: request.user!, requestId: request.id }, request.params.id, request.body),
  );

  app.post(
    '/api/v1/staff/:id/leave',
    {
      config: { access: REGISTRY_EDITORS },
      schema: {
        tags,
        summary: 'Record that a staff member leaves (the record stays)',
        params: idParamSchema,
        body: leaveSchema,
        response: { 200: staffMemberSchema },
      },
    },
    (request) =>
      leaveStaff(
        db,
        { user: request.user!, requestId: request.id },
        request.params.id,
        request.body.leaveDate,
      ),
  );
}
