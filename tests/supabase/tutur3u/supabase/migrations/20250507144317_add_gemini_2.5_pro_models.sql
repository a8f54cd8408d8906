insert into ai_models (id, provider, name)
values ('gemini-2.5-pro-preview-05-06', 'GOOGLE', 'Gemini 2.5 Pro Preview 05-06'),
    ('gemini-2.5-pro-exp-03-25', 'GOOGLE', 'Gemini 2.5 Pro Exp 03-25');