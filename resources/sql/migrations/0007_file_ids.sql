-- Numeric ids in a CRM's JSON export ({"id": 7001}) were stored by the file connector as
-- "7001.000000"; it now reads them as written ("7001"). The records of file connections get their
-- ids in that form, so the next sync of the same export finds them (an id already taken in its
-- table is left as it is).

UPDATE accounts SET crm_id = substr(crm_id, 1, length(crm_id) - 7)
WHERE crm_id GLOB '[0-9]*.000000' AND NOT substr(crm_id, 1, length(crm_id) - 7) GLOB '*[^0-9]*'
  AND crm_connection_id IN (SELECT id FROM crm_connections WHERE connector = 'file')
  AND NOT EXISTS (SELECT 1 FROM accounts o WHERE o.crm_id = substr(accounts.crm_id, 1, length(accounts.crm_id) - 7));

UPDATE contacts SET crm_id = substr(crm_id, 1, length(crm_id) - 7)
WHERE crm_id GLOB '[0-9]*.000000' AND NOT substr(crm_id, 1, length(crm_id) - 7) GLOB '*[^0-9]*'
  AND account_id IN (SELECT a.id FROM accounts a JOIN crm_connections c ON c.id = a.crm_connection_id WHERE c.connector = 'file')
  AND NOT EXISTS (SELECT 1 FROM contacts o WHERE o.crm_id = substr(contacts.crm_id, 1, length(contacts.crm_id) - 7));

UPDATE deals SET crm_id = substr(crm_id, 1, length(crm_id) - 7)
WHERE crm_id GLOB '[0-9]*.000000' AND NOT substr(crm_id, 1, length(crm_id) - 7) GLOB '*[^0-9]*'
  AND account_id IN (SELECT a.id FROM accounts a JOIN crm_connections c ON c.id = a.crm_connection_id WHERE c.connector = 'file')
  AND NOT EXISTS (SELECT 1 FROM deals o WHERE o.crm_id = substr(deals.crm_id, 1, length(deals.crm_id) - 7));
