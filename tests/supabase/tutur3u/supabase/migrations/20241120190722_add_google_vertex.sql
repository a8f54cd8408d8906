insert into
    ai_providers (id, name)
values
    ('GOOGLE-VERTEX', 'Google Vertex');