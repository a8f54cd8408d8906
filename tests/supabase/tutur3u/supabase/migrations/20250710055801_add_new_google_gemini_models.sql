INSERT INTO
    public.ai_models (id, provider, name)
VALUES
    (
        'gemini-2.5-pro',
        'GOOGLE',
        'Gemini 2.5 Pro'
    ),
    (
        'gemini-2.5-flash',
        'GOOGLE',
        'Gemini 2.5 Flash'
    ),
    (
        'gemini-2.0-pro',
        'GOOGLE',
        'Gemini 2.0 Pro'
    ),
    (
        'gemini-2.0-flash',
        'GOOGLE',
        'Gemini 2.0 Flash'
    ),
    (
        'gemini-2.0-flash-lite',
        'GOOGLE',
        'Gemini 2.0 Flash Lite'
    );