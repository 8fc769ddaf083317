#!/usr/bin/env bash
# Installs, from Debian's packages, the real material `npm run bench` measures on. Run it once, as
# root (`npm run bench:setup`); the bench itself fetches nothing and skips, with a note, what is
# missing.
#   mate-backgrounds  real photographs (/usr/share/backgrounds/mate/nature) for bench/qr-photos.ts
#   python-django-doc golang-1.19-doc git-doc postgresql-doc-15
#                     more real documentation (HTML) for bench/docs-alerts.ts, which expects 0 alerts
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends mate-backgrounds \
  python-django-doc golang-1.19-doc git-doc postgresql-doc-15
