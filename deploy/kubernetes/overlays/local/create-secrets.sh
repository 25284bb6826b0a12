#!/usr/bin/env bash
# Creates the Secret `rallypoint-secrets` for the local overlay with random values (nothing secret is stored in the
# repository). Run once per cluster, after the namespace exists; prints the admin password it chose.
#   deploy/kubernetes/overlays/local/create-secrets.sh [namespace]
set -euo pipefail
NAMESPACE=${1:-rallypoint}
random() { openssl rand -base64 48 | tr -d '\n/+=' | cut -c1-48; }
ADMIN_PASSWORD=$(random)
kubectl -n "$NAMESPACE" create secret generic rallypoint-secrets \
  --from-literal=POSTGRES_PASSWORD="$(random)" \
  --from-literal=ADMISSION_TOKEN_SECRET="$(random)" \
  --from-literal=SIGNING_KEY_SECRET="$(random)" \
  --from-literal=ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  --from-literal=COURT_SERVICE_CLIENT_SECRET="$(random)" \
  --from-literal=QUEUE_SERVICE_CLIENT_SECRET="$(random)" \
  --from-literal=MATCH_SERVICE_CLIENT_SECRET="$(random)" \
  --from-literal=MARKET_SERVICE_CLIENT_SECRET="$(random)" \
  --from-literal=NOTICE_SERVICE_CLIENT_SECRET="$(random)" \
  --from-literal=NOTIFICATION_SERVICE_CLIENT_SECRET="$(random)"
echo "rallypoint-secrets created in namespace $NAMESPACE; admin password: $ADMIN_PASSWORD"
