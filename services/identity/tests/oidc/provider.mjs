// A real OpenID Connect provider (the npm package `oidc-provider`) for the
// identity tests, plus two helpers the tests use to make keys and tokens.
//
//   node provider.mjs serve <node_modules> <port> <keys.json> <client.json>
//   node provider.mjs genkey <kid>                   prints a private RSA JWK
//   node provider.mjs sign <jwk.json> <claims.json>  prints an RS256 JWT
//
// `serve` logs in every authorization request as the account `alice` (groups:
// security) and grants the requested scopes, so tests can run the code flow
// without a browser; everything else is the provider's own behaviour.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [command, ...args] = process.argv.slice(2);

if (command === 'genkey') {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  console.log(JSON.stringify({ ...jwk, kid: args[0], alg: 'RS256', use: 'sig' }));
} else if (command === 'sign') {
  const jwk = JSON.parse(readFileSync(args[0], 'utf8'));
  const claims = JSON.parse(readFileSync(args[1], 'utf8'));
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', kid: jwk.kid })}.${part(claims)}`;
  const key = createPrivateKey({ key: jwk, format: 'jwk' });
  console.log(`${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`);
} else if (command === 'serve') {
  const [nodeModules, port, keysFile, clientFile] = args;
  const entry = pathToFileURL(join(nodeModules, 'oidc-provider', 'lib', 'index.js')).href;
  const { default: Provider } = await import(entry);
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [JSON.parse(readFileSync(clientFile, 'utf8'))],
    jwks: { keys: JSON.parse(readFileSync(keysFile, 'utf8')) },
    findAccount: async (ctx, sub) => ({
      accountId: sub,
      claims: async () => ({
        sub,
        email: `${sub}@example.test`,
        email_verified: true,
        name: 'Alice Example',
        groups: ['security', 'everyone'],
      }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: ['secureflow-test-cookie-key'] },
  });
  const callback = provider.callback();
  createServer(async (req, res) => {
    if (!req.url.startsWith('/interaction/')) {
      callback(req, res);
      return;
    }
    try {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: 'alice', clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: 'alice' }, consent: { grantId } });
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  }).listen(Number(port), '127.0.0.1', () => console.log('ready'));
} else {
  console.error('usage: provider.mjs serve|genkey|sign ...');
  process.exit(2);
}
