INSERT INTO
    public.ai_models (id, provider, name)
VALUES
    (
        'gemini-2.0-flash-exp',
        'GOOGLE',
        'Gemini 2.0 Flash'
    );