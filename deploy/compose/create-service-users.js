// Runs once, when the MongoDB container initialises an empty data directory (/docker-entrypoint-initdb.d), as the
// root user: one user per service, with readWrite on that service's own database only. Each password is a Docker
// secret, the same file the service reads as MONGODB_PASSWORD_FILE.
/* global db, print -- mongosh provides them */
const fs = require('fs');

for (const service of ['organizations', 'facilities', 'funding', 'evaluation']) {
  const database = `kyodo_${service}`;
  const password = fs.readFileSync(`/run/secrets/mongo_${service}_password`, 'utf8').trim();
  if (password.length < 16)
    throw new Error(`the ${service} database password must be at least 16 characters`);
  db.getSiblingDB(database).createUser({
    user: service,
    pwd: password,
    roles: [{ role: 'readWrite', db: database }],
  });
  print(`created user ${service} with readWrite on ${database}`);
}
