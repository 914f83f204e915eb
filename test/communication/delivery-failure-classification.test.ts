import { DeliveryFailed, classifyDeliveryError } from '../../src/communication/infrastructure/email/mailer';

/** A nodemailer error as it reaches the mailer: an Error carrying SMTP fields. */
const smtpError = (fields: { code?: string; originalCode?: string; response?: string; responseCode?: number; rejectedErrors?: Error[] }): Error =>
  Object.assign(new Error(`failed${fields.response ? `: ${fields.response}` : ''}`), fields);

const classified = (error: unknown) => {
  const failure = classifyDeliveryError(error);
  return { permanent: failure.permanent, reason: failure.reason };
};

/** Retry what may pass later; stop on what the same message would meet again (RFC 5321 reply classes). */
describe('how a failed delivery is classified', () => {
  it.each([
    ['a deferred recipient', { code: 'EENVELOPE', response: '451 4.7.1 greylisted', responseCode: 451 }],
    ['a full mailbox for now', { code: 'EMESSAGE', response: '452 4.2.2 mailbox full', responseCode: 452 }],
    ['a bad sequence of commands', { code: 'EPROTOCOL', response: '503 5.5.1 bad sequence of commands', responseCode: 503 }],
    ['a temporary authentication failure', { code: 'EAUTH', response: '454 4.7.0 temporary authentication failure', responseCode: 454 }],
    ['a dropped connection', { code: 'ECONNECTION' }],
    ['a socket error', { code: 'ESOCKET' }],
    ['a refused connection', { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }],
    ['a timeout', { code: 'ETIMEDOUT' }],
    ['an unknown host', { code: 'EDNS' }],
    ['a failed TLS handshake', { code: 'ETLS' }],
    ['an error nodemailer does not name', { code: 'ESOMETHINGNEW' }],
  ])('retries %s', (_name, fields) => expect(classified(smtpError(fields)).permanent).toBe(false));

  it.each([
    ['an unknown mailbox', { code: 'EENVELOPE', response: '550 5.1.1 mailbox unavailable', responseCode: 550 }],
    ['a rejected message', { code: 'EMESSAGE', response: '554 5.7.1 message rejected as spam', responseCode: 554 }],
    ['bad credentials', { code: 'EAUTH', response: '535 5.7.8 authentication credentials invalid', responseCode: 535 }],
    ['a login with no reply code', { code: 'EAUTH' }],
    ['missing credentials', { code: 'ENOAUTH' }],
    ['an invalid address, refused before sending', { code: 'EENVELOPE' }],
    ['a message too large for the server', { code: 'EMESSAGE' }],
  ])('gives up on %s', (_name, fields) => expect(classified(smtpError(fields)).permanent).toBe(true));

  it('retries when every recipient was refused but one only for now', () => {
    const error = smtpError({
      code: 'EENVELOPE',
      response: '550 5.1.1 mailbox unavailable',
      responseCode: 550,
      rejectedErrors: [smtpError({ code: 'EENVELOPE', response: '550 5.1.1 mailbox unavailable', responseCode: 550 }), smtpError({ code: 'EENVELOPE', response: '450 4.2.1 try later', responseCode: 450 })],
    });
    expect(classified(error)).toEqual({ permanent: false, reason: '450 4.2.1 try later' });
  });

  it("gives the owner the server's reply, on one short line", () => {
    expect(classified(smtpError({ code: 'EENVELOPE', response: `550 5.1.1 mailbox unavailable\r\n550 ${'x'.repeat(500)}`, responseCode: 550 })).reason).toBe('550 5.1.1 mailbox unavailable');
    expect(classified(smtpError({ code: 'EMESSAGE', response: `554 ${'y'.repeat(500)}`, responseCode: 554 })).reason).toHaveLength(200);
  });

  it('never shows a stack, a host or a port', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:25'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' });
    expect(classified(refused).reason).toBe('the mail server refused the connection');
    expect(classified(new TypeError('x is not a function'))).toEqual({ permanent: false, reason: 'unexpected error' });
    expect(classified('a thrown string')).toEqual({ permanent: false, reason: 'unexpected error' });
  });

  it('keeps a failure already classified', () => {
    const failure = new DeliveryFailed(true, 'invalid Message-ID');
    expect(classifyDeliveryError(failure)).toBe(failure);
  });
});
