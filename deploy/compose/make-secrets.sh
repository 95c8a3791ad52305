#!/usr/bin/env sh
# Writes one random secret per file into a directory (default ./secrets, mode 0700) and prints the variables
# docker-compose.yml requires. Existing files are kept, so running it again changes nothing.
set -eu
dir=${1:-secrets}
mkdir -p "$dir"
chmod 700 "$dir"
for name in internal_secret jwt_secret mongo_root_password mongo_organizations_password \
  mongo_facilities_password mongo_funding_password mongo_evaluation_password; do
  file="$dir/$name"
  if [ ! -s "$file" ]; then
    od -An -N32 -tx1 /dev/urandom | tr -d ' \n' >"$file"
  fi
  # Readable by the containers' unprivileged users (the files are bind-mounted); the 0700 directory keeps
  # other users of this machine out.
  chmod 644 "$file"
done
abs=$(cd "$dir" && pwd)
cat <<VARS
export KYODO_INTERNAL_SECRET_FILE=$abs/internal_secret
export KYODO_JWT_SECRET_FILE=$abs/jwt_secret
export KYODO_MONGO_ROOT_PASSWORD_FILE=$abs/mongo_root_password
export KYODO_MONGO_ORGANIZATIONS_PASSWORD_FILE=$abs/mongo_organizations_password
export KYODO_MONGO_FACILITIES_PASSWORD_FILE=$abs/mongo_facilities_password
export KYODO_MONGO_FUNDING_PASSWORD_FILE=$abs/mongo_funding_password
export KYODO_MONGO_EVALUATION_PASSWORD_FILE=$abs/mongo_evaluation_password
VARS
