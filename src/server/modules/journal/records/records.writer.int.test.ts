import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { auditLog } from '../../../db/schema';
import { dataProtection } from '../../../platform/crypto';
import { initTestDataProtection } from '../../../platform/crypto/test-key';
import { freshDatabase } from '../../../test/database';
import { makeCentre, makeUser, makeYouth } from '../../../test/factories';
import { serviceTypes } from '../journal.tables';
import { youth } from '../youth/youth.tables';
import { journalRecords } from './records.tables';
import { auditState, insertRecords, notesContext, type RecordDraft } from './records.writer';
import { expectedRollups, storedRollups } from './rollups';

// The writer answers the rows it inserted from the insert itself (no read-back): they must be exactly
// what a later read gives, in the drafts' order, and the audit must hold that same state.
let database: Database;

beforeAll(async () => {
  initTestDataProtection();
  database = await freshDatabase();
});
afterAll(() => database.close());

/**
 * Two centres, 600 young people and the drafts of a batch among them (some unnamed, some people
 * served in several months and directions), as an import makes them.
 */
async function batchFixture(db: Database['db']) {
  const centres = [await makeCentre(db, { regionCode: '75' }), await makeCentre(db, { regionCode: '71' })];
  const types = (await db.select().from(serviceTypes).orderBy(asc(serviceTypes.id))).filter(
    (t) => !t.isGroup && !t.isConfidential,
  );
  const people = await makeYouth(
    db,
    centres,
    600,
    (i) => ({
      birthDate: '2003-07-01',
      gender: i % 3 ? 'female' : 'male',
      status: i % 4 ? 'studying' : 'neet',
    }),
    'Batch',
  );
  const draftOf = (i: number): RecordDraft => {
    const person = people[i % people.length];
    const type = types[i % types.length];
    return {
      centreId: person.centreId,
      regionCode: person.regionCode,
      serviceTypeId: type.id,
      directionId: type.directionId,
      isConfidential: false,
      // Some unnamed, some people served in several months and directions.
      youthId: i % 10 === 9 && type.allowsAnonymous ? null : person.id,
      serviceDate: `2026-0${1 + (i % 5)}-${String(1 + (i % 27)).padStart(2, '0')}`,
      serviceTime: null,
      format: 'in_person',
      durationMinutes: 15 + (i % 6) * 15,
      specialistId: null,
      specialistName: 'Imported',
      programmeId: null,
      referral: null,
      outcome: null,
      notes: null,
    };
  };
  const user = await makeUser(db, 'national');
  return { draftOf, actor: { userId: user.id, label: user.email }, userId: user.id };
}

describe('journal writer', () => {
  it('answers the inserted rows as a read gives them, in the drafts’ order, and audits each one', async () => {
    const { db } = database;
    const centre = await makeCentre(db, { regionCode: '75' });
    const user = await makeUser(db, 'specialist', { centreId: centre.id });
    const types = await db.select().from(serviceTypes).orderBy(asc(serviceTypes.id));
    const confidential = types.find((t) => t.isConfidential && !t.isGroup)!;
    const open = types.find((t) => !t.isConfidential && !t.isGroup && t.allowsAnonymous)!;
    const [person] = await db
      .insert(youth)
      .values({
        centreId: centre.id,
        regionCode: centre.regionCode,
        lastName: 'Сейітқали',
        firstName: 'Әйгерім',
        birthDate: '2004-03-15',
        gender: 'female',
        status: 'neet',
      })
      .returning();
    const draft = (type: typeof open, over: Partial<RecordDraft>): RecordDraft => ({
      centreId: centre.id,
      regionCode: centre.regionCode,
      serviceTypeId: type.id,
      directionId: type.directionId,
      isConfidential: type.isConfidential,
      youthId: person.id,
      serviceDate: '2026-03-16',
      serviceTime: '09:30',
      format: 'in_person',
      durationMinutes: 45,
      specialistId: user.id,
      programmeId: null,
      referral: null,
      outcome: null,
      notes: null,
      ...over,
    });
    const actor = { userId: user.id, label: user.email };
    const plain = [
      draft(open, { notes: 'Қазақша жазба', serviceDate: '2026-03-02' }),
      draft(open, { youthId: null, serviceTime: null, durationMinutes: null }),
      draft(confidential, { notes: null, serviceDate: '2026-02-27' }),
    ];
    const withSecret = [
      ...plain,
      draft(confidential, { notes: ' Тайная заметка ', serviceDate: '2026-01-05' }),
    ];

    for (const drafts of [plain, withSecret]) {
      const inserted = await db.transaction((tx) => insertRecords(tx, actor, user.id, drafts));
      const ids = inserted.map((r) => r.id);
      const read = await db
        .select()
        .from(journalRecords)
        .where(inArray(journalRecords.id, ids))
        .orderBy(asc(journalRecords.id));
      expect(inserted).toEqual(read);
      expect(inserted.map((r) => r.serviceDate)).toEqual(drafts.map((d) => d.serviceDate));
      expect(inserted[0]).toMatchObject({ youthGender: 'female', youthAge: 21, youthNeet: true, version: 1 });
      expect(inserted[1]).toMatchObject({ youthId: null, youthGender: null, youthNeet: false });

      const audits = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'journal_record'), inArray(auditLog.entityId, ids.map(String))))
        .orderBy(asc(auditLog.id));
      expect(audits.map((a) => [a.action, a.entityId, a.actorUserId])).toEqual(
        ids.map((id) => ['create', String(id), user.id]),
      );
      expect(audits.map((a) => a.after)).toEqual(read.map((r) => JSON.parse(JSON.stringify(auditState(r)))));
    }

    const [secret] = await db
      .select()
      .from(journalRecords)
      .where(eq(journalRecords.serviceDate, '2026-01-05'));
    expect(secret.notes).toBeNull();
    expect(dataProtection().decrypt(secret.notesEncrypted!, notesContext(secret.id))).toBe('Тайная заметка');

    // The insert is built once: another author's records carry that author, in the row and the audit.
    const colleague = await makeUser(db, 'specialist', { centreId: centre.id });
    const [theirs] = await db.transaction((tx) =>
      insertRecords(tx, { userId: colleague.id, label: colleague.email, requestId: 'req-2' }, colleague.id, [
        draft(open, { serviceDate: '2026-03-09' }),
      ]),
    );
    expect(theirs.recordedBy).toBe(colleague.id);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'journal_record'), eq(auditLog.entityId, String(theirs.id))));
    expect([audit.actorUserId, audit.actorLabel, audit.requestId]).toEqual([
      colleague.id,
      colleague.email,
      'req-2',
    ]);
  });

  it('writes a batch large enough to count its rollups while the insert runs, with rollups equal to a recomputation', async () => {
    // From 1,000 records the writer takes its locks and reads stored months before the insert.
    const { db } = database;
    const { draftOf, actor, userId } = await batchFixture(db);
    // A smaller batch first, so the large one meets stored months of the same people.
    await db.transaction((tx) =>
      insertRecords(
        tx,
        actor,
        userId,
        Array.from({ length: 300 }, (_, i) => draftOf(i)),
      ),
    );
    const written = await db.transaction((tx) =>
      insertRecords(
        tx,
        actor,
        userId,
        Array.from({ length: 1800 }, (_, i) => draftOf(i + 7)),
        { readBack: false },
      ),
    );
    expect(written).toEqual([]);
    expect(await db.$count(journalRecords)).toBeGreaterThanOrEqual(2100);
    expect(await storedRollups(db)).toEqual(await expectedRollups(db));
  }, 60_000);

  it('writes a batch of more than one insert statement whole, answering its rows in the drafts’ order', async () => {
    // 5,000 rows go in one statement; the next chunk is built and sent while the first runs.
    const { db } = database;
    const { draftOf, actor, userId } = await batchFixture(db);
    const drafts = Array.from({ length: 5_200 }, (_, i) => draftOf(i));
    const before = await db.$count(auditLog);
    const rows = await db.transaction((tx) => insertRecords(tx, actor, userId, drafts));
    expect(rows).toHaveLength(drafts.length);
    expect(rows.every((row, i) => i === 0 || row.id > rows[i - 1].id)).toBe(true);
    expect(rows.map((r) => [r.youthId, r.serviceDate, r.durationMinutes])).toEqual(
      drafts.map((d) => [d.youthId, d.serviceDate, d.durationMinutes]),
    );
    expect((await db.$count(auditLog)) - before).toBe(drafts.length);
    expect(await storedRollups(db)).toEqual(await expectedRollups(db));
  }, 120_000);
});
