ALTER TABLE
    public.quiz_options RENAME COLUMN explaination TO explanation;