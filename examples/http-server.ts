/**
 * An e-Cuti endpoint on node:http, no framework: the flow a service uses with asn-kit.
 *
 * 1. Parse the body at the boundary: `JSON.parse`, then `parseEmployee`, `parseLeaveRequest` and `parseLedger`.
 *    A body that is not JSON, or a record that fails its schema, is a **400** with every issue and its path.
 * 2. Call the rules with the parsed values: `evaluateLeaveRequest` checks nothing twice.
 *    A request the rules refuse is a **422** with every violation, its legal basis and its message in Bahasa
 *    Indonesia and English; an approvable one is a **200** with the decision and the ledger postings it makes.
 * 3. `GET /schemas/leave-request.json` publishes the request body's JSON Schema, built from the exported schemas
 *    (what an OpenAPI document embeds).
 *
 * `npx tsx examples/http-server.ts` starts it on a free loopback port, sends four requests to itself, prints the
 * answers and stops (exit 1 if a status is not the one expected). `PORT=8080 npx tsx examples/http-server.ts --serve` keeps it running.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod';
import { createCalendar } from 'asn-kit/calendar';
import { isoDateSchema, parseIsoDate } from 'asn-kit/core';
import { employeeSchema, parseEmployee } from 'asn-kit/employee';
import { evaluateLeaveRequest, leaveRequestSchema, ledgerEntrySchema, parseLedger, parseLeaveRequest } from 'asn-kit/leave';

/** One calendar per work week, built once when the service starts. */
const calendars = { 5: createCalendar({ workWeek: 5 }), 6: createCalendar({ workWeek: 6 }) } as const;

/** The request body, composed from asn-kit's exported schemas (here with zod classic; zod/mini works the same). */
const bodySchema = z.object({
  employee: employeeSchema,
  request: leaveRequestSchema,
  ledger: z.array(ledgerEntrySchema),
  asOf: isoDateSchema,
});

interface Answer {
  readonly status: 200 | 400 | 404 | 422;
  readonly body: unknown;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The handler proper: no I/O, so it is easy to test. */
export function evaluateBody(text: string): Answer {
  const json = parseJson(text);
  if (!json.ok) return { status: 400, body: { code: 'http/invalid-json', message: 'The body is not JSON' } };
  const body = (typeof json.value === 'object' && json.value !== null ? json.value : {}) as Record<string, unknown>;
  const employee = parseEmployee(body.employee);
  const request = parseLeaveRequest(body.request);
  const ledger = parseLedger(body.ledger ?? []);
  const asOf = parseIsoDate(body.asOf);
  if (employee.isErr() || request.isErr() || ledger.isErr() || asOf.isErr()) {
    const errors = [employee, request, ledger, asOf].flatMap((result) => (result.isErr() ? [result.error] : []));
    return { status: 400, body: { errors } };
  }
  const calendar = calendars[employee.value.workWeek];
  if (calendar.isErr()) return { status: 400, body: { errors: [calendar.error] } };
  return evaluateLeaveRequest({
    employee: employee.value,
    request: request.value,
    ledger: ledger.value,
    calendar: calendar.value,
    asOf: asOf.value,
  }).match(
    (decision): Answer => ({ status: 200, body: decision }),
    (refusal): Answer => ({ status: refusal.code === 'leave/invalid-input' ? 400 : 422, body: refusal }),
  );
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let answer: Answer = { status: 404, body: { code: 'http/not-found' } };
  if (request.method === 'POST' && request.url === '/leave-requests/evaluate') answer = evaluateBody(await readBody(request));
  if (request.method === 'GET' && request.url === '/schemas/leave-request.json') {
    answer = { status: 200, body: z.toJSONSchema(bodySchema, { io: 'input' }) };
  }
  response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(answer.body));
}

const server = createServer((request, response) => {
  void handle(request, response);
});

const employee = {
  kind: 'PNS', nip: '198503152010012003', name: 'Siti Rahmawati', gender: 'female', birthDate: '1985-03-15',
  tmtCpns: '2010-01-01', golongan: 'III/c', position: { type: 'pelaksana', title: 'Analis Kepegawaian' },
  workUnit: { id: 'bkpsdm', name: 'BKPSDM Kota Medan' },
};
const basis = { instrument: 'PP 11/2017', article: 'Pasal 310' };
const ledger = [
  { type: 'grant', kind: 'annual', year: 2026, date: '2026-01-01', days: 12, basis },
  { type: 'carry-over', kind: 'annual', year: 2026, date: '2026-01-01', days: 6, basis },
];
const annual = (start: string, end: string) => ({ id: 'CT-2026-0142', kind: 'annual', start, end, reason: 'Keperluan keluarga' });

async function demo(port: number): Promise<void> {
  const call = async (label: string, expected: number, path: string, body?: unknown): Promise<void> => {
    const response = await fetch(`http://127.0.0.1:${String(port)}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, unknown>;
    const summary = response.status === 200 && 'duration' in json ? `${String((json.duration as { days: number }).days)} days counted`
      : response.status === 200 ? `${String(Object.keys((json.properties ?? {})).length)} properties`
        : JSON.stringify(json).slice(0, 160);
    console.log(`${label.padEnd(48)} → ${String(response.status)} ${summary}`);
    if (response.status !== expected) {
      console.error(`expected ${String(expected)}`);
      process.exitCode = 1;
    }
  };
  await call('5 working days of annual leave', 200, '/leave-requests/evaluate', { employee, request: annual('2026-06-08', '2026-06-12'), ledger, asOf: '2026-05-20' });
  await call('21 working days (more than the 18 available)', 422, '/leave-requests/evaluate', { employee, request: annual('2026-06-01', '2026-06-29'), ledger, asOf: '2026-05-20' });
  await call('a misspelt kind ("anual")', 400, '/leave-requests/evaluate', { employee, request: { ...annual('2026-06-08', '2026-06-12'), kind: 'anual' }, ledger, asOf: '2026-05-20' });
  await call('a body that is not JSON', 400, '/leave-requests/evaluate', '{"employee": ');
  await call('the JSON Schema of the body', 200, '/schemas/leave-request.json');
}

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  if (process.argv.includes('--serve')) {
    console.log(`e-Cuti evaluation on http://127.0.0.1:${String(port)}/leave-requests/evaluate`);
    return;
  }
  void demo(port).finally(() => server.close());
});
