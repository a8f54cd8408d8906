INSERT INTO public.ai_models (id, provider, name)
VALUES ('gpt-3.5-turbo', 'OPENAI', 'GPT 3.5 Turbo'),
       ('gpt-3.5-turbo-instruct', 'OPENAI', 'GPT 3.5 Turbo Instruct'),
       ('gpt-4', 'OPENAI', 'GPT 4'),
       ('gpt-4-turbo', 'OPENAI', 'GPT 4 Turbo'),
       ('gpt-4o', 'OPENAI', 'GPT 4o'),
       ('gpt-4o-mini', 'OPENAI', 'GPT 4o Mini');
