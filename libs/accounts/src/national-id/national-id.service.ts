import { Injectable } from '@nestjs/common';
import { AppException } from '@app/core';
import { maskNationalId, nationalIdProblem, normalizeNationalId } from './national-id';
import { NationalIdCipher } from './national-id-cipher';
import type { ConfirmNationalIdDto, NationalIdStatusDto } from './national-id.dto';
import { NationalIdRepository } from './national-id.repository';

/** A participant confirms their CCCD (prize winners of contests that require it). */
@Injectable()
export class NationalIdService {
  constructor(
    private readonly cipher: NationalIdCipher,
    private readonly repository: NationalIdRepository,
  ) {}

  async confirm(userId: string, dto: ConfirmNationalIdDto): Promise<NationalIdStatusDto> {
    const birthYear = await this.repository.birthYear(userId);
    if (birthYear === undefined) throw AppException.notFound('Không tìm thấy tài khoản');
    const problem = nationalIdProblem(dto.nationalId, birthYear);
    if (problem) {
      throw AppException.validation(problem, [{ field: 'nationalId', message: problem }]);
    }
    const id = normalizeNationalId(dto.nationalId);
    const last4 = id.slice(-4);
    const confirmedAt = await this.repository.store(userId, {
      cipher: this.cipher.encrypt(id),
      hash: this.cipher.hash(id),
      last4,
    });
    return {
      confirmed: true,
      nationalId: maskNationalId(last4) as string,
      confirmedAt: new Date(confirmedAt).toISOString(),
    };
  }
}
