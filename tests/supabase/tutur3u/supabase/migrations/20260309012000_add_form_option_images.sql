ALTER TABLE public.form_question_options
ADD COLUMN image jsonb;
