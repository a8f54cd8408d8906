INSERT INTO public.ai_models (id, provider, name)
VALUES ('claude-3-5-sonnet-20240620', 'ANTHROPIC', 'Claude 3.5 Sonnet (2024-06-20)'),
       ('claude-3-opus-20240229', 'ANTHROPIC', 'Claude 3 Opus (2024-02-29)'),
       ('claude-3-sonnet-20240229', 'ANTHROPIC', 'Claude 3 Sonnet (2024-02-29)'),
       ('claude-3-haiku-20240307', 'ANTHROPIC', 'Claude 3 Haiku (2024-03-07)');