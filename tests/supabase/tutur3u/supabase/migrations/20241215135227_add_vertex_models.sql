INSERT INTO
    public.ai_models (id, provider, name)
VALUES
    (
        'gemini-1.5-flash-002',
        'GOOGLE',
        'Gemini 1.5 Flash 002'
    ),
    (
        'gemini-1.5-pro-002',
        'GOOGLE',
        'Gemini 1.5 Pro 002'
    );