-- The tenants a staff account may work on, comma-separated; NULL: all of them (the
-- installation's administrators, and every account of a single-city installation).
ALTER TABLE staff_user ADD COLUMN tenants VARCHAR(1000);
