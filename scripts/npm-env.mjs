// What an npm spawned by the e2e tooling sees of the environment (used by scripts/e2e.mjs, tested
// in test/unit/npm-env.test.ts).
/**
 * The environment for an npm this script spawns to install (Node 24, code-server). Under `npm run`
 * or `npm start` the outer npm (on Node 20) exports its whole configuration as `npm_config_*`
 * (with `npm_config_user_agent=... node/v20...`, which code-server's postinstall reads as the Node
 * version), plus `npm_lifecycle_*`, `npm_package_*`, `npm_command` and its own paths; an inner npm
 * would take them as its own config. Drop them all, keeping only what belongs to the machine: the
 * registry, the cache, proxies and certificates, and where the user's npmrc files are.
 */
const KEPT_NPM_CONFIG = new Set(['registry', 'cache', 'proxy', 'https_proxy', 'http_proxy', 'noproxy', 'no_proxy', 'cafile', 'ca', 'strict_ssl', 'userconfig', 'globalconfig']);
export function cleanNpmEnv(env = process.env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    const lower = k.toLowerCase();
    if (lower.startsWith('npm_config_') && !KEPT_NPM_CONFIG.has(lower.slice('npm_config_'.length))) continue;
    if (/^npm_(lifecycle|package)_/.test(lower) || ['npm_execpath', 'npm_node_execpath', 'npm_command'].includes(lower)) continue;
    out[k] = v;
  }
  return out;
}

