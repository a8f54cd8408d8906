-- Dashboard queries of the platform, typed by `cargo run -p codegen`.

-- name: ProjectsOfUser :many
-- A user's projects with their organization (projects without one too).
SELECT p.id, p.name, p.status, p.tags, o.name AS organization, o.slug AS organization_slug,
       count(c.id) AS comments
  FROM public.projects p
  LEFT JOIN public.organizations o ON o.id = p.organization_id
  LEFT JOIN public.comments c ON c.project_id = p.id
 WHERE p.user_id = @user_id
 GROUP BY p.id, o.id
 ORDER BY p.created_at DESC
 LIMIT @max_rows;

-- name: TemplateRatings :many
-- Published templates with their rating (NULL before the first review).
SELECT t.id, t.name, t.price, coalesce(avg(r.rating), 0)::float8 AS average_rating,
       count(r.id) AS reviews, max(r.created_at) AS last_review_at
  FROM public.templates t
  LEFT JOIN public.reviews r ON r.template_id = t.id
 WHERE t.is_published
 GROUP BY t.id
 ORDER BY average_rating DESC, t.name;

-- name: UsagePerDay :many
SELECT day, sum(events_count)::int8 AS events, sum(tokens_used)::int8 AS tokens, sum(cost) AS cost
  FROM public.daily_usage
 WHERE user_id = $1 AND day >= $2
 GROUP BY day
 ORDER BY day;

-- name: OrganizationBySlug :one
SELECT id, name, slug, plan, created_at FROM public.organizations WHERE slug = @slug;

-- name: AddComment :one
INSERT INTO public.comments (project_id, author_id, body) VALUES (@project_id, @author_id, @body)
RETURNING id, created_at, edited_at;

-- name: RenameProject :execrows
UPDATE public.projects SET name = @name WHERE id = @id;

-- name: TouchProject :exec
UPDATE public.projects SET updated_at = now() WHERE id = $1;
