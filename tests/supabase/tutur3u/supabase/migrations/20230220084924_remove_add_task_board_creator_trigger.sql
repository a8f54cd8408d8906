drop trigger if exists "add_task_board_creator_tr" on "public"."project_boards";

drop function if exists "public"."add_task_board_creator"();


