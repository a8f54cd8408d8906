ALTER TABLE topic_announcements ADD COLUMN end_time text;
ALTER TABLE topic_announcement_templates ADD COLUMN end_time text;
