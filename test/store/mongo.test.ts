import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'mocha';
import { MongoClient } from 'mongodb';
import { openMongoStore } from '../../src/store';
import { isAppError } from '../../src/errors';
import { describeStoreContract } from './contract';
import { describeSupportContract, dropMongoDatabase } from './support-contract';
import { describePlansContract } from './plans-contract';
import { describeInductionContract } from './induction-contract';
import { describeQualityContract } from './quality-contract';
import { mongoUris } from '../support/mongo';

for (const uri of mongoUris()) {
  const dbName = `lro-test-${randomUUID().slice(0, 8)}`;
  describeStoreContract(
    `MongoDB wire (${uri})`,
    () => openMongoStore(uri, dbName),
    async () => {
      const client = await MongoClient.connect(uri);
      await client.db(dbName).dropDatabase();
      await client.close();
    },
  );
  describeSupportContract(
    `MongoDB wire (${uri})`,
    () => openMongoStore(uri, `${dbName}-support`),
    () => dropMongoDatabase(uri, `${dbName}-support`),
  );
  describePlansContract(
    `MongoDB wire (${uri})`,
    () => openMongoStore(uri, `${dbName}-reminders`),
    () => dropMongoDatabase(uri, `${dbName}-reminders`),
  );
  describeInductionContract(
    `MongoDB wire (${uri})`,
    () => openMongoStore(uri, `${dbName}-induction`),
    () => dropMongoDatabase(uri, `${dbName}-induction`),
  );
  describeQualityContract(
    `MongoDB wire (${uri})`,
    () => openMongoStore(uri, `${dbName}-quality`),
    () => dropMongoDatabase(uri, `${dbName}-quality`),
  );
}

describe('MongoDB store', () => {
  it('fails with an error naming MONGODB_URI when the server is unreachable', async () => {
    await assert.rejects(openMongoStore('mongodb://127.0.0.1:9/', 'x', 2), (err) => {
      assert.ok(isAppError(err, 'store.unavailable'));
      assert.match(err.userMessage, /MONGODB_URI/);
      return true;
    });
  });
});
