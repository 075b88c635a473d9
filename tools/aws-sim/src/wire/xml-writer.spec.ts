import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EC2_NAMING } from './ec2-naming';
import { QUERY_NAMING, XmlRaw, xmlMembers } from './xml-writer';

test('query naming: members keep their names, list items are <member>, text is escaped', () => {
  const xml = xmlMembers({ Name: 'a<b&"c"', Count: 2, On: false, Skipped: undefined, Tags: [{ Key: 'k', Value: 'v' }], Raw: new XmlRaw('<X>1</X>'), Empty: [] }, QUERY_NAMING);
  assert.equal(
    xml,
    '<Name>a&lt;b&amp;&quot;c&quot;</Name><Count>2</Count><On>false</On><Tags><member><Key>k</Key><Value>v</Value></member></Tags><Raw><X>1</X></Raw><Empty></Empty>',
  );
});

test('ec2 naming: lowerCamel, the model renames (also by parent), list items are <item>', () => {
  const xml = xmlMembers({ Reservations: [{ Instances: [{ InstanceId: 'i-1', State: { Name: 'running' }, MetadataOptions: { State: 'applied' }, Tags: [] }] }] }, EC2_NAMING);
  assert.equal(
    xml,
    '<reservationSet><item><instancesSet><item><instanceId>i-1</instanceId><instanceState><name>running</name></instanceState>' +
      '<metadataOptions><state>applied</state></metadataOptions><tagSet></tagSet></item></instancesSet></item></reservationSet>',
  );
});
