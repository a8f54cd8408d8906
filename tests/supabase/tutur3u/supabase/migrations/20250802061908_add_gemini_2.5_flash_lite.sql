INSERT INTO
    public.ai_models (id, provider, name)
VALUES
    (
        'gemini-2.5-flash-lite',
        'GOOGLE',
        'Gemini 2.5 Flash Lite'
    );