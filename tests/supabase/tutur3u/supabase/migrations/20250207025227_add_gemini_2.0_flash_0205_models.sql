INSERT INTO
    public.ai_models (id, provider, name)
VALUES
    (
        'gemini-2.0-pro-exp-02-05',
        'GOOGLE',
        'Gemini 2.0 Pro Exp 02-05'
    ),
    (
        'gemini-2.0-flash-thinking-exp-01-21',
        'GOOGLE',
        'Gemini 2.0 Flash Thinking Exp 01-21'
    ),
    (
        'gemini-2.0-flash-lite-preview-02-05',
        'GOOGLE',
        'Gemini 2.0 Flash Lite Preview 02-05'
    ),
    (
        'gemini-2.0-flash-001',
        'GOOGLE',
        'Gemini 2.0 Flash 001'
    );