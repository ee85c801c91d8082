"""On PostgreSQL, the database itself refuses to change or delete an audit event.

The models already refuse; the trigger also stops raw SQL and other clients. The only update
allowed is the one Django makes when the actor's account or the target's content type is
deleted: the foreign key set to NULL, nothing else changed.
"""

from django.db import migrations

CREATE = """
CREATE FUNCTION security_auditevent_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
        AND (to_jsonb(NEW) - 'actor_id' - 'target_content_type_id')
            = (to_jsonb(OLD) - 'actor_id' - 'target_content_type_id')
        AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
        AND (NEW.target_content_type_id IS NULL
             OR NEW.target_content_type_id = OLD.target_content_type_id)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'security_auditevent is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER security_auditevent_append_only
    BEFORE UPDATE OR DELETE ON security_auditevent
    FOR EACH ROW EXECUTE FUNCTION security_auditevent_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS security_auditevent_append_only ON security_auditevent;
DROP FUNCTION IF EXISTS security_auditevent_append_only();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("security", "0001_initial")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
