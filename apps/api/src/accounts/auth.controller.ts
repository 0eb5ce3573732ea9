import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  AuthService,
  AuthSessionDto,
  type AuthUser,
  CurrentUser,
  EmailVerificationService,
  ForgotPasswordDto,
  LocalAuthGuard,
  loginClientOf,
  LoginDto,
  MessageDto,
  PasswordResetService,
  RateLimit,
  RefreshTokenDto,
  RegisterDto,
  ResetPasswordDto,
  TokenDto,
  type UserEntity,
} from '@app/accounts';
import { Public } from '@app/core';
import type { Request } from 'express';

const TOO_MANY = 'RATE_LIMITED, with a Retry-After header (seconds)';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public()
  @Post('register')
  @RateLimit('register')
  @ApiOperation({
    summary: 'Create a participant account; sends the verification e-mail',
    description: '409 EMAIL_TAKEN / PHONE_TAKEN; 400 VALIDATION_FAILED with field details.',
  })
  @ApiCreatedResponse({ type: AuthSessionDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  register(@Body() dto: RegisterDto): Promise<AuthSessionDto> {
    return this.auth.register(dto);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @RateLimit('login')
  @UseGuards(LocalAuthGuard)
  @ApiOperation({
    summary: 'Sign in with the e-mail or the phone number',
    description:
      '401 INVALID_CREDENTIALS; 401 ACCOUNT_DISABLED; 429 RATE_LIMITED after too many requests from one IP, too many failed logins for one account from this client (IP and X-Device-Id), or — for a client the owner never signed in from — too many for the account altogether (the owner is then mailed a sign-in link). The owner’s known devices are slowed down, never locked.',
  })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  login(
    @Req() req: Request & { user: UserEntity },
    @Body() _dto: LoginDto,
  ): Promise<AuthSessionDto> {
    return this.auth.login(req.user, loginClientOf(req));
  }

  @Public()
  @Post('sign-in-link')
  @HttpCode(200)
  @RateLimit('forgotPassword')
  @ApiOperation({
    summary:
      'Sign in with the token of the link PUBLIC_URL/dang-nhap-bang-lien-ket?token=… (mailed when the account was locked for new devices)',
    description: '400 TOKEN_INVALID when unknown, used or expired (1 hour). Lifts the lock.',
  })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  signInLink(@Body() dto: TokenDto, @Req() req: Request): Promise<AuthSessionDto> {
    return this.auth.loginWithLink(dto.token, loginClientOf(req));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @RateLimit('refresh')
  @ApiOperation({
    summary: 'Exchange a refresh token (works once) for a new pair',
    description: 'Reusing a refresh token revokes every token of its session: 401 TOKEN_INVALID.',
  })
  @ApiOkResponse({ type: AuthSessionDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  refresh(@Body() dto: RefreshTokenDto): Promise<AuthSessionDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of this refresh token' })
  @ApiNoContentResponse()
  logout(@Body() dto: RefreshTokenDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }

  @Post('logout-all')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Sign out everywhere: every session ends, access tokens stop working within 5 s',
  })
  @ApiNoContentResponse()
  logoutAll(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logoutEverywhere(user.id);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm the address with the token of the link PUBLIC_URL/xac-minh-email?token=…',
    description: '400 TOKEN_INVALID when the token is unknown, used or expired (7 days).',
  })
  @ApiOkResponse({ type: MessageDto })
  async verifyEmail(@Body() dto: TokenDto): Promise<MessageDto> {
    await this.verification.verify(dto.token);
    return { message: 'Địa chỉ e-mail đã được xác minh' };
  }

  @Post('resend-verification')
  @HttpCode(202)
  @RateLimit('forgotPassword')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Send a new verification link to the caller (no-op when verified)' })
  @ApiAcceptedResponse({ type: MessageDto })
  async resendVerification(@CurrentUser() user: AuthUser): Promise<MessageDto> {
    await this.verification.resend(user.id);
    return { message: 'Nếu địa chỉ e-mail chưa được xác minh, một thư xác minh mới đã được gửi' };
  }

  @Public()
  @Post('forgot-password')
  @HttpCode(202)
  @RateLimit('forgotPassword')
  @ApiOperation({
    summary: 'Send a password reset link (same answer whether or not the address exists)',
  })
  @ApiAcceptedResponse({ type: MessageDto })
  @ApiTooManyRequestsResponse({ description: TOO_MANY })
  async forgotPassword(@Body() dto: ForgotPasswordDto): Promise<MessageDto> {
    await this.passwordReset.requestReset(dto.email);
    return {
      message: 'Nếu địa chỉ e-mail này có tài khoản, thư hướng dẫn đặt lại mật khẩu đã được gửi',
    };
  }

  @Public()
  @Post('reset-password')
  @HttpCode(200)
  @RateLimit('forgotPassword')
  @ApiOperation({
    summary: 'Set a new password with the token of the link PUBLIC_URL/dat-lai-mat-khau?token=…',
    description:
      '400 TOKEN_INVALID when the token is unknown, used or expired (1 hour). Signs out every session.',
  })
  @ApiOkResponse({ type: MessageDto })
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<MessageDto> {
    await this.passwordReset.reset(dto.token, dto.password);
    return { message: 'Mật khẩu đã được đặt lại, vui lòng đăng nhập bằng mật khẩu mới' };
  }
}
