import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/platform/command';
import { ValidationError } from '../../src/platform/errors';
import { formatDate, todayInOslo } from '../../src/platform/i18n';
import { createMailer, type Mailer } from '../../src/platform/mail';
import { createCase } from '../../src/modules/cases';
import { addAgendaItem, getMeeting, scheduleMeeting, summonAndSend, summonsDispatch } from '../../src/modules/meetings';
import { addSeat, createBody, createPerson } from '../../src/modules/people';
import { TestBrowser, addTestUser } from '../../src/web/workspace/test-browser';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { createTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { cooperationWithBody, system } from './meetings-support';

// The summons by e-mail through a real SMTP server on loopback (smtp-server): one mail per seat
// holder on the meeting's day, deputies marked, the agenda without exempt titles, the summons PDF
// attached; the outcome recorded and shown on the workspace page; without SMTP_URL, only published.

interface Part {
  headers: Record<string, string>;
  body: Buffer;
}
interface Received {
  to: string[];
  subject: string;
  text: string;
  pdfs: Buffer[];
}

const PUBLIC_URL = 'https://samrad.example.test';
const SECRET = 'HEMMELIG-TITTEL om en ansatt';

let smtp: TestSmtp;
let mailer: Mailer;
let database: TestDatabase;
let t: TestApp;
let quiet: TestApp;
let cooperationId: number;
let bodyId: number;

beforeAll(async () => {
  smtp = await startTestSmtp();
  const smtpUrl = smtp.url;
  mailer = createMailer({ smtpUrl, mailFrom: 'Samråd <post@samrad.example.test>' });
  // One database, served twice: with SMTP_URL and without.
  database = await createTestDatabase();
  t = await createTestApp({ database, env: { SMTP_URL: smtpUrl, PUBLIC_URL } });
  quiet = await createTestApp({ database, env: { PUBLIC_URL } });
  ({ cooperationId, bodyId } = await cooperationWithBody(t.db, 'innkalling'));
  await addTestUser(t, 'sekretariat@example.test', 'Sekretariatet', { role: 'secretariat', cooperationId });
});
afterAll(async () => {
  await smtp?.stop();
  await quiet?.close();
  await t?.close();
  await database?.close();
});

// --- reading what the SMTP server got (enough MIME for nodemailer's output) ---

const inbox = (): Received[] => smtp.messages.map((m) => ({ to: m.to, ...readMessage(m.raw.toString('latin1')) }));

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body: raw.slice(at).replace(/^\r?\n\r?\n/, '') };
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  if (/base64/i.test(encoding ?? '')) return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (/quoted-printable/i.test(encoding ?? '')) {
    const soft = body.replace(/=\r?\n/g, '');
    return Buffer.from(soft.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  }
  return Buffer.from(body, 'latin1');
}

function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function parts(raw: string): Part[] {
  const { headers, body } = splitHeaders(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) return [{ headers, body: decodeBody(body, headers['content-transfer-encoding']) }];
  return body
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .flatMap((chunk) => parts(chunk.replace(/^\r?\n/, '')));
}

function readMessage(raw: string): Omit<Received, 'to'> {
  const all = parts(raw);
  return {
    subject: decodeWords(splitHeaders(raw).headers.subject ?? ''),
    text: all.filter((p) => /text\/plain/i.test(p.headers['content-type'] ?? '')).map((p) => p.body.toString('utf8')).join('\n'),
    pdfs: all.filter((p) => /application\/pdf/i.test(p.headers['content-type'] ?? '')).map((p) => p.body),
  };
}

async function pdfText(pdf: Buffer): Promise<string> {
  return (await extractText(new Uint8Array(pdf), { mergePages: true })).text;
}

// --- the world ---

async function person(name: string, email: string | null, seat: { deputy?: boolean; start_on?: string; end_on?: string } = {}, body = bodyId) {
  const { id } = await execute(t.db, createPerson, system, { name, email });
  await execute(t.db, addSeat, system, { body_id: body, person_id: id, office: 'mayor', position: 'member', is_deputy: seat.deputy ?? false, start_on: seat.start_on, end_on: seat.end_on });
}

async function meetingWithAgenda(body: number, startsAt: string): Promise<number> {
  const { id } = await execute(t.db, scheduleMeeting, system, { body_id: body, starts_at: startsAt, ends_at: startsAt.replace('T10:00', 'T14:00'), place: 'Kleivstua' });
  const { id: open } = await execute(t.db, createCase, system, { cooperation_id: cooperationId, title: 'Budsjett for samarbeidet', proposal_text: 'Budsjettet vedtas.' });
  const { id: exempt } = await execute(t.db, createCase, system, { cooperation_id: cooperationId, title: SECRET, is_public: false, exempt_basis: 'Offl. § 13' });
  await execute(t.db, addAgendaItem, system, { meeting_id: id, case_id: open });
  await execute(t.db, addAgendaItem, system, { meeting_id: id, case_id: exempt, is_public: false, exempt_basis: 'Offl. § 13' });
  return id;
}

describe('the summons by e-mail', () => {
  let meetingId: number;

  beforeAll(async () => {
    await person('Testmedlem Aa', 'aa@example.test');
    await person('Testvara Bb', 'bb@example.test', { deputy: true });
    await person('Testmedlem Gått ut', 'ute@example.test', { start_on: '2016-01-01', end_on: '2017-12-31' });
    await person('Testmedlem Uten adresse', null);
    meetingId = await meetingWithAgenda(bodyId, '2018-03-15T10:00');
  });

  it('reaches each seat holder on the meeting’s day once, with the agenda, the link and the PDF, never an exempt title', async () => {
    await expect(summonAndSend(t.db, system, { meetingId, mailer, baseUrl: PUBLIC_URL, extraAddresses: 'ikke en adresse' })).rejects.toBeInstanceOf(ValidationError);
    expect((await getMeeting(t.db, meetingId, system))!.status).toBe('planned');

    smtp.clear();
    const report = await summonAndSend(t.db, system, { meetingId, mailer, baseUrl: PUBLIC_URL, extraAddresses: 'ekstra@example.test\naa@example.test' });
    expect(report).toEqual({ mailConfigured: true, sent: ['aa@example.test', 'bb@example.test', 'ekstra@example.test'], failed: [] });
    expect((await getMeeting(t.db, meetingId, system))!.status).toBe('summoned');
    expect(inbox().flatMap((m) => m.to).sort()).toEqual(['aa@example.test', 'bb@example.test', 'ekstra@example.test']);

    for (const mail of inbox()) {
      expect(mail.subject).toBe('Møteinnkalling: Styret 15.03.2018');
      expect(mail.text).toContain('Tid: torsdag 15. mars 2018 kl. 10.00–14.00');
      expect(mail.text).toContain('Sted: Kleivstua');
      expect(mail.text).toContain('Sak 01/2018 Budsjett for samarbeidet');
      expect(mail.text).toContain('Sak 02/2018 Unntatt offentlighet, Offl. § 13');
      expect(mail.text).toContain(`${PUBLIC_URL}/innkalling/moter/${meetingId}`);
      expect(mail.text).not.toContain('HEMMELIG');
      expect(mail.pdfs).toHaveLength(1);
      const pdf = await pdfText(mail.pdfs[0]!);
      expect(pdf).toContain('Styret');
      expect(pdf).toContain('Budsjett for samarbeidet');
      expect(pdf).not.toContain('HEMMELIG');
    }
    const to = (address: string) => inbox().find((m) => m.to.includes(address))!.text;
    expect(to('aa@example.test')).toMatch(/^Til Testmedlem Aa\r?$/m);
    expect(to('bb@example.test')).toMatch(/^Til Testvara Bb, varamedlem\r?$/m);
    expect(to('bb@example.test')).toContain('Du får innkallingen som varamedlem');
    expect(to('ekstra@example.test')).toMatch(/^Hei!\r?$/m);

    const dispatch = (await summonsDispatch(t.db, meetingId, system))!;
    expect(dispatch.mailConfigured).toBe(true);
    expect(dispatch.sent.map((s) => [s.email, s.isDeputy])).toEqual([
      ['aa@example.test', false],
      ['bb@example.test', true],
      ['ekstra@example.test', false],
    ]);
    expect(dispatch.failed).toEqual([]);
  });

  it('names the addresses the mail server refused', async () => {
    const other = await meetingWithAgenda(bodyId, '2018-04-19T10:00');
    smtp.refuse.add('bb@example.test');
    try {
      smtp.clear();
      const report = await summonAndSend(t.db, system, { meetingId: other, mailer, baseUrl: PUBLIC_URL });
      expect(report.sent).toEqual(['aa@example.test']);
      expect(report.failed.map((f) => f.email)).toEqual(['bb@example.test']);
      const dispatch = (await summonsDispatch(t.db, other, system))!;
      expect(dispatch.failed).toEqual([{ email: 'bb@example.test', error: expect.stringMatching(/mailbox unavailable/) }]);
    } finally {
      smtp.refuse.clear();
    }
  });

  it('without SMTP_URL still summons, sends nothing, and records that nothing was sent', async () => {
    const other = await meetingWithAgenda(bodyId, '2018-05-24T10:00');
    smtp.clear();
    const none = createMailer({ smtpUrl: undefined, mailFrom: 'x <x@example.test>' });
    const report = await summonAndSend(t.db, system, { meetingId: other, mailer: none, baseUrl: PUBLIC_URL, extraAddresses: 'ekstra@example.test' });
    expect(report).toEqual({ mailConfigured: false, sent: [], failed: [] });
    expect((await getMeeting(t.db, other, system))!.status).toBe('summoned');
    expect(inbox()).toEqual([]);
    expect(await summonsDispatch(t.db, other, system)).toMatchObject({ mailConfigured: false, sent: [], failed: [] });
  });
});

describe('the summons form on the workspace meeting page', () => {
  const page = (id: number) => `/arbeidsflate/samarbeid/innkalling/moter/${id}`;

  it('says when no one in the body has an address and when mail is not set up, and still summons', async () => {
    const { id: empty } = await execute(t.db, createBody, system, { cooperation_id: cooperationId, slug: 'tomt', name: { nb: 'Tomt organ' }, kind: 'political' });
    const id = await meetingWithAgenda(empty, '2018-06-14T10:00');
    const b = new TestBrowser(quiet);
    await b.signIn('sekretariat@example.test');
    const before = (await b.page(page(id))).html;
    expect(before).toContain('Ingen i organet har e-postadresse registrert.');
    expect(before).toContain('E-post er ikke satt opp på denne serveren.');
    expect((await b.post(`${page(id)}/innkalling`, {})).status).toBe(303);
    const after = (await b.page(page(id))).html;
    expect(after).toContain(`men ikke sendt: e-post er ikke satt opp på denne serveren.`);
    const en = (await b.page(`/en${page(id)}`)).html;
    expect(en).toContain('but not sent: e-mail is not set up on this server.');
  });

  it('lists the recipients, refuses a wrong extra address at the field, and shows how many got it', async () => {
    const id = await meetingWithAgenda(bodyId, '2018-09-20T10:00');
    const b = new TestBrowser(t);
    await b.signIn('sekretariat@example.test');
    const before = (await b.page(page(id))).html;
    expect(before).toContain('Testmedlem Aa &lt;aa@example.test&gt;');
    expect(before).toContain('Testvara Bb &lt;bb@example.test&gt; (varamedlem)');
    expect(before).not.toContain('ute@example.test');
    const refused = await b.post(`${page(id)}/innkalling`, { extra_addresses: 'feil@' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('not an e-mail address: feil@');
    smtp.clear();
    expect((await b.post(`${page(id)}/innkalling`, { extra_addresses: 'ekstra@example.test' })).status).toBe(303);
    expect(inbox()).toHaveLength(3);
    expect(inbox()[0]!.text).toContain(`${PUBLIC_URL}/innkalling/moter/${id}`);
    const after = (await b.page(page(id))).html;
    expect(after).toContain(`Innkalling sendt til 3 mottakere ${formatDate(todayInOslo())}.`);
  });
});
