import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommunicationProtocolEnum, DaprClient, LogLevel, type LoggerService } from '@dapr/dapr';
import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { parseDaprError, type AnyDaprErrorCode, type KnownParsedDaprError, type ParsedDaprError } from '../src/index.js';

// Bodies as daprd (dapr/kit errors) writes them.
const STATE_NOT_FOUND_BODY = {
  errorCode: 'ERR_STATE_STORE_NOT_FOUND',
  message: 'state store nope is not found',
  details: [
    { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'DAPR_STATE_NOT_FOUND', domain: 'dapr.io', metadata: { appID: 'orders' } },
  ],
};
const PUBSUB_FORBIDDEN_BODY = {
  errorCode: 'ERR_PUBSUB_FORBIDDEN',
  message: 'topic orders is not allowed for app id orders',
  details: [
    { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'DAPR_PUBSUB_FORBIDDEN', domain: 'dapr.io', metadata: { topic: 'orders' } },
    { '@type': 'type.googleapis.com/google.rpc.ResourceInfo', resource_type: 'pubsub', resource_name: 'pubsub', owner: '', description: '' },
  ],
};

/**
 * The SDK logs every failed publish at ERROR level, which is what these tests provoke: the lines are
 * kept here (and asserted on) instead of printed, so a passing run shows no ERROR noise.
 */
function recordingLogger(): LoggerService & { readonly errors: string[] } {
  const errors: string[] = [];
  const ignore = () => undefined;
  return { errors, error: (message: unknown) => void errors.push(String(message)), warn: ignore, info: ignore, verbose: ignore, debug: ignore };
}

/** A fake daprd on loopback: answers the SDK's start-up probe and fails the calls under test. */
async function startFakeDaprdHttp(): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url?.startsWith('/v1.0/metadata')) return send(200, { id: 'fake' });
    if (req.url?.startsWith('/v1.0/state/')) return send(400, STATE_NOT_FOUND_BODY);
    if (req.url?.startsWith('/v1.0/publish/')) return send(403, PUBSUB_FORBIDDEN_BODY);
    return send(500, { errorCode: 'ERR_DIRECT_INVOKE', message: 'boom' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

// google.rpc.Status / ErrorInfo encoded by protobufjs, independently of the catalog's decoder.
const protoRoot = protobuf.parse(`
  syntax = "proto3";
  package google.rpc;
  message Any { string type_url = 1; bytes value = 2; }
  message Status { int32 code = 1; string message = 2; repeated Any details = 3; }
  message ErrorInfo { string reason = 1; string domain = 2; map<string, string> metadata = 3; }
`, { keepCase: true }).root;
const StatusType = protoRoot.lookupType('google.rpc.Status');
const ErrorInfoType = protoRoot.lookupType('google.rpc.ErrorInfo');

function statusDetailsBin(code: number, message: string, reason: string, metadata: Record<string, string>): Buffer {
  const info = ErrorInfoType.encode(ErrorInfoType.create({ reason, domain: 'dapr.io', metadata })).finish();
  const status = StatusType.create({ code, message, details: [{ type_url: 'type.googleapis.com/google.rpc.ErrorInfo', value: info }] });
  return Buffer.from(StatusType.encode(status).finish());
}

/** A fake daprd gRPC server: GetMetadata answers empty, every state/pubsub call fails with ErrorInfo. */
async function startFakeDaprdGrpc(): Promise<{ server: grpc.Server; port: number }> {
  const raw = (path: string) => ({
    path,
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  });
  const server = new grpc.Server();
  const fail = (code: number, msg: string, reason: string, md: Record<string, string>): grpc.handleUnaryCall<Buffer, Buffer> => (_call, cb) => {
    const metadata = new grpc.Metadata();
    metadata.set('grpc-status-details-bin', statusDetailsBin(code, msg, reason, md));
    cb({ code, details: msg, metadata });
  };
  server.addService(
    {
      GetMetadata: raw('/dapr.proto.runtime.v1.Dapr/GetMetadata'),
      GetState: raw('/dapr.proto.runtime.v1.Dapr/GetState'),
      PublishEvent: raw('/dapr.proto.runtime.v1.Dapr/PublishEvent'),
    } as grpc.ServiceDefinition,
    {
      GetMetadata: ((_call, cb) => cb(null, Buffer.alloc(0))) as grpc.handleUnaryCall<Buffer, Buffer>,
      GetState: fail(grpc.status.INVALID_ARGUMENT, 'state store nope is not found', 'DAPR_STATE_NOT_FOUND', { appID: 'orders' }),
      PublishEvent: fail(grpc.status.NOT_FOUND, "pubsub 'pubsub' not found", 'DAPR_PUBSUB_TEST_NOT_FOUND', {}),
    },
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  return { server, port };
}

describe('parseDaprError with the real @dapr/dapr SDK over HTTP', () => {
  let server: Server;
  let client: DaprClient;
  const logger = recordingLogger();
  beforeAll(async () => {
    server = await startFakeDaprdHttp();
    const { port } = server.address() as AddressInfo;
    client = new DaprClient({
      daprHost: '127.0.0.1',
      daprPort: String(port),
      communicationProtocol: CommunicationProtocolEnum.HTTP,
      logger: { level: LogLevel.Error, service: logger },
    });
  });
  afterAll(async () => {
    server.close();
  });

  it('reads the code out of the Error the SDK throws (JSON in message, body string in error_msg)', async () => {
    const thrown = await client.state.get('nope', 'k').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(Error);
    // The shape the SDK builds: two JSON decodes away from the code.
    expect(JSON.parse(JSON.parse((thrown as Error).message).error_msg).errorCode).toBe('ERR_STATE_STORE_NOT_FOUND');
    expect(parseDaprError(thrown)).toEqual({
      known: true,
      code: 'ERR_STATE_STORE_NOT_FOUND',
      rawCode: 'ERR_STATE_STORE_NOT_FOUND',
      entry: expect.objectContaining({ category: 'state' }),
      message: 'state store nope is not found',
      reason: 'DAPR_STATE_NOT_FOUND',
      metadata: { appID: 'orders' },
      httpStatus: 400,
      details: STATE_NOT_FOUND_BODY.details,
      source: 'sdk-http-error',
    });
  });

  it('reads the `{ error }` the SDK returns from pubsub.publish', async () => {
    const result = await client.pubsub.publish('pubsub', 'orders', { id: 1 });
    expect(result).toHaveProperty('error');
    const parsed = parseDaprError(result);
    expect(parsed).toMatchObject({ code: 'ERR_PUBSUB_FORBIDDEN', reason: 'DAPR_PUBSUB_FORBIDDEN', httpStatus: 403, metadata: { topic: 'orders' } });
    expect(parsed?.details).toHaveLength(2);
    expect(logger.errors).toEqual([expect.stringContaining('publish failed')]);
  });
});

describe('parseDaprError with gRPC errors', () => {
  let server: grpc.Server;
  let port: number;
  beforeAll(async () => {
    ({ server, port } = await startFakeDaprdGrpc());
  });
  afterAll(() => {
    server.forceShutdown();
  });

  it('reads ErrorInfo from a grpc-js ServiceError (grpc-status-details-bin)', async () => {
    const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    const err = await new Promise<unknown>((resolve) =>
      client.makeUnaryRequest('/dapr.proto.runtime.v1.Dapr/GetState', (b: Buffer) => b, (b: Buffer) => b, Buffer.alloc(0), (e) => resolve(e)),
    );
    client.close();
    expect(parseDaprError(err)).toMatchObject({
      known: true,
      code: 'ERR_STATE_STORE_NOT_FOUND',
      reason: 'DAPR_STATE_NOT_FOUND',
      grpcStatus: grpc.status.INVALID_ARGUMENT,
      message: 'state store nope is not found',
      metadata: { appID: 'orders' },
      source: 'grpc',
    });
  });

  it('reads ErrorInfo from the real SDK gRPC client (ConnectError)', async () => {
    const logger = recordingLogger();
    const client = new DaprClient({
      daprHost: '127.0.0.1',
      daprPort: String(port),
      communicationProtocol: CommunicationProtocolEnum.GRPC,
      logger: { level: LogLevel.Error, service: logger },
    });
    const thrown = await client.state.get('nope', 'k').then(
      () => undefined,
      (e: unknown) => e,
    );
    const parsed = parseDaprError(thrown);
    expect(parsed).toMatchObject({ code: 'ERR_STATE_STORE_NOT_FOUND', reason: 'DAPR_STATE_NOT_FOUND', grpcStatus: grpc.status.INVALID_ARGUMENT, source: 'grpc' });
    const published = await client.pubsub.publish('pubsub', 'orders', { id: 1 }).then(
      (r) => r,
      (e: unknown) => e,
    );
    expect(parseDaprError(published)).toMatchObject({ code: 'ERR_PUBSUB_NOT_FOUND', reason: 'DAPR_PUBSUB_TEST_NOT_FOUND', grpcStatus: grpc.status.NOT_FOUND });
    expect(logger.errors).toEqual([expect.stringContaining('publish failed')]);
    await client.stop().catch(() => undefined);
  });
});

describe('parseDaprError on plain shapes', () => {
  it('reads a daprd body object and its JSON text', () => {
    expect(parseDaprError(STATE_NOT_FOUND_BODY)).toMatchObject({ code: 'ERR_STATE_STORE_NOT_FOUND', source: 'http-body' });
    expect(parseDaprError(JSON.stringify(PUBSUB_FORBIDDEN_BODY))).toMatchObject({ code: 'ERR_PUBSUB_FORBIDDEN', reason: 'DAPR_PUBSUB_FORBIDDEN' });
    expect(parseDaprError({ errorCode: 'ERR_STATE_GET', message: 'x' })).toEqual({
      known: true,
      code: 'ERR_STATE_GET',
      rawCode: 'ERR_STATE_GET',
      entry: expect.objectContaining({ code: 'ERR_STATE_GET' }),
      message: 'x',
      source: 'http-body',
    });
  });

  it('marks codes the catalog does not know', () => {
    const parsed = parseDaprError({ errorCode: 'ERR_FROM_THE_FUTURE', message: '' });
    expect(parsed).toEqual({ known: false, rawCode: 'ERR_FROM_THE_FUTURE', message: '', source: 'http-body' });
    expect(parsed).not.toHaveProperty('code');
  });

  it('returns undefined for errors that are not Dapr errors', () => {
    expect(parseDaprError(new Error('ECONNREFUSED'))).toBeUndefined();
    expect(parseDaprError(Object.assign(new Error('bad'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    expect(parseDaprError({ code: 3, details: 'no trailer' })).toBeUndefined();
    expect(parseDaprError(new Error(JSON.stringify({ error: 'Bad Gateway', error_msg: '<html>proxy</html>', status: 502 })))).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['error'] = cyclic;
    cyclic['cause'] = { error: cyclic };
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
      },
    );
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 10_000; i++) cur = (cur['error'] = {}) as Record<string, unknown>;
    const inputs: unknown[] = [
      null, undefined, 0, NaN, true, Symbol('x'), 10n, () => 1, [], [null], cyclic, hostile, deep,
      '', '{', '{"errorCode":', '{"errorCode": 5}', 'x'.repeat(5_000_000), `{"errorCode":"${'A'.repeat(2_000_000)}"}`,
      { message: '{"error_msg": "{not json"}' }, { error_msg: 42 }, { details: [1, 'x', null], code: 2 },
      { code: 2, metadata: { get: () => { throw new Error('boom'); } } },
      { code: 2, metadata: { get: () => ['not base64 ***'] } },
      { code: 2, metadata: { get: () => [Buffer.from([0xff, 0xff, 0xff])] } },
      { code: 2, details: [{ type: 'google.rpc.ErrorInfo', value: new Uint8Array([10, 200]) }] },
      new Uint8Array(10),
    ];
    for (const input of inputs) expect(() => parseDaprError(input)).not.toThrow();
    expect(parseDaprError(cyclic)).toBeUndefined();
    expect(parseDaprError(hostile)).toBeUndefined();
  });

  it('types the code so that a misspelled case does not compile and a case narrows to the known error', () => {
    const parsed = parseDaprError({ errorCode: 'ERR_STATE_GET', message: '' });
    expectTypeOf(parsed?.code).toEqualTypeOf<AnyDaprErrorCode | undefined>();
    expectTypeOf<ParsedDaprError['rawCode']>().toEqualTypeOf<string>();
    switch (parsed?.code) {
      case 'ERR_STATE_GET':
        expectTypeOf(parsed).toEqualTypeOf<KnownParsedDaprError>();
        break;
      // @ts-expect-error a misspelled code is not comparable to AnyDaprErrorCode | undefined
      case 'ERR_STATE_GOT':
        break;
    }
    expect(parsed?.code).toBe('ERR_STATE_GET');
  });
});
