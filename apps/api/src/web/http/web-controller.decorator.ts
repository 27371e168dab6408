import { applyDecorators, Controller, Get, Post, Render, UseGuards, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../../http/public.decorator';
import { CsrfGuard } from './csrf.guard';
import { PAGE_RESULT_VIEW } from './send-page-result';

/**
 * A controller of pages: unversioned paths, out of the OpenAPI document, identified by the browser session
 * (not by bearer tokens; the global JWT guard lets it through), every POST checked for CSRF.
 */
export function WebController(path = ''): ClassDecorator {
  return applyDecorators(Controller({ path, version: VERSION_NEUTRAL }), ApiExcludeController(), Public(), UseGuards(CsrfGuard));
}

/** A page handler: returns a PageResult (a page, a redirect or a download) that becomes the response. */
export function GetPage(path?: string): MethodDecorator {
  return applyDecorators(Get(path), Render(PAGE_RESULT_VIEW));
}

/** A form handler (POST, then 303 to a page, or the form again with its errors). */
export function PostForm(path?: string): MethodDecorator {
  return applyDecorators(Post(path), Render(PAGE_RESULT_VIEW));
}
