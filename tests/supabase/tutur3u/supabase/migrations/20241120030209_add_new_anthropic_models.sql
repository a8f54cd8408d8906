INSERT INTO
    public.ai_models (id, provider, name)
VALUES
    (
        'claude-3-5-sonnet-latest',
        'ANTHROPIC',
        'Claude 3.5 Sonnet Latest'
    ),
    (
        'claude-3-5-haiku-latest',
        'ANTHROPIC',
        'Claude 3.5 Haiku Latest'
    );